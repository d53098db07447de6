package org.ektefaa.beneficiaries.entity;

/** Holder for the file's small closed vocabularies (each one a nested enum, labelled from the bundle). */
public final class Enums {

    private Enums() {
    }

    public enum IdType { NATIONAL_ID, IQAMA, PASSPORT, OTHER }

    public enum Gender { MALE, FEMALE }

    public enum MaritalStatus { SINGLE, MARRIED, DIVORCED, WIDOWED }

    public enum Housing { OWNED, RENTED, WITH_FAMILY, CHARITY_HOUSING, OTHER }

    public enum Relation { SPOUSE, SON, DAUGHTER, FATHER, MOTHER, BROTHER, SISTER, GRANDCHILD, OTHER }

    public enum Occupation { CHILD, SCHOOL, UNIVERSITY, WORKING, UNEMPLOYED, RETIRED }

    public enum IncomeType { SALARY, SOCIAL_SECURITY, PENSION, CITIZEN_ACCOUNT, OTHER_SUPPORT, OTHER }

    public enum SignatureMethod { DRAWN, TYPED }
}

package org.ektefaa.beneficiaries.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a column of an association's spreadsheet can hold (issue #25), with the headings people give it, in Arabic and
 * English, so that a first mapping is proposed and the administrator only corrects it. The household members may be
 * on the same sheet (one member per row under the same identity number) or on a second sheet that names the head of
 * the household's identity number; the past aid likewise.
 */
public enum ImportField {
    FULL_NAME("الاسم الكامل", "الاسم", "اسم المستفيد", "اسم المستفيده", "الاسم الرباعي", "full name", "name"),
    FIRST_NAME("الاسم الاول", "first name"),
    FATHER_NAME("اسم الاب", "father", "father name", "father's name"),
    GRANDFATHER_NAME("اسم الجد", "grandfather", "grandfather name"),
    FAMILY_NAME("اسم العائله", "العائله", "القبيله", "family name", "surname", "last name"),
    NAME_EN("الاسم بالانجليزي", "name in english", "english name"),
    ID_NUMBER("رقم الهويه", "الهويه", "السجل المدني", "رقم السجل المدني", "رقم الاقامه", "الهويه الوطنيه",
            "id", "id number", "national id", "iqama"),
    BIRTH_DATE("تاريخ الميلاد", "الميلاد", "birth date", "date of birth", "dob"),
    GENDER("الجنس", "gender", "sex"),
    MARITAL_STATUS("الحاله الاجتماعيه", "marital status"),
    MOBILE("الجوال", "رقم الجوال", "الهاتف", "رقم الهاتف", "جوال", "mobile", "phone", "mobile number"),
    EMAIL("البريد الالكتروني", "البريد", "email", "e-mail"),
    IBAN("الايبان", "رقم الايبان", "الحساب البنكي", "رقم الحساب", "iban", "bank account"),
    CATEGORY("الفئه", "فئه المستفيد", "التصنيف", "category"),
    CITY("المدينه", "city"),
    DISTRICT("الحي", "district"),
    ADDRESS("العنوان", "address"),
    MONTHLY_INCOME("الدخل", "الدخل الشهري", "اجمالي الدخل", "income", "monthly income"),
    HEAD_ID_NUMBER("هويه رب الاسره", "رقم هويه رب الاسره", "هويه المستفيد", "head id", "head of household id"),
    MEMBER_NAME("اسم الفرد", "اسم التابع", "member name", "dependant name"),
    MEMBER_RELATION("صله القرابه", "القرابه", "relation", "relationship"),
    MEMBER_ID_NUMBER("هويه الفرد", "هويه التابع", "رقم هويه الفرد", "رقم هويه التابع", "member id", "member id number"),
    MEMBER_BIRTH_DATE("ميلاد الفرد", "تاريخ ميلاد الفرد", "member birth date"),
    AID_DATE("تاريخ الصرف", "تاريخ المساعده", "aid date", "date paid", "delivered on"),
    AID_SERVICE("نوع المساعده", "الخدمه", "المساعده", "service", "aid type"),
    AID_QUANTITY("الكميه", "العدد", "quantity"),
    AID_AMOUNT("المبلغ", "القيمه", "amount"),
    AID_FUND("الصندوق", "مصدر التمويل", "البند", "fund");

    private final List<String> headings;

    ImportField(String... headings) {
        this.headings = List.of(headings);
    }

    /** The field a heading most likely names, if any (compared as {@link ImportValues#word} folds words). */
    public static Optional<ImportField> guess(String heading) {
        String word = ImportValues.word(heading).replace("ـ", "");
        for (ImportField field : values()) {
            if (field.headings.stream().map(ImportValues::word).anyMatch(word::equals)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * A first mapping of {@code headings}: each field to the first column whose heading names it. On a sheet of
     * household members (one with the head of household's identity number), "name", "identity number" and "date of
     * birth" are the member's.
     */
    public static Map<ImportField, Integer> guess(List<String> headings) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (int c = 0; c < headings.size(); c++) {
            final int column = c;
            guess(headings.get(c)).ifPresent(f -> mapping.putIfAbsent(f, column));
        }
        if (mapping.containsKey(HEAD_ID_NUMBER)) {
            for (ImportField[] own : new ImportField[][] {{ID_NUMBER, MEMBER_ID_NUMBER}, {BIRTH_DATE, MEMBER_BIRTH_DATE},
                {FULL_NAME, MEMBER_NAME}}) {
                Integer column = mapping.remove(own[0]);
                if (column != null) {
                    mapping.putIfAbsent(own[1], column);
                }
            }
        }
        return mapping;
    }

    /** Whether the field belongs to a household member's row rather than to the file. */
    public boolean member() {
        return name().startsWith("MEMBER_");
    }

    /** Whether the field belongs to a past aid record. */
    public boolean aid() {
        return name().startsWith("AID_");
    }
}

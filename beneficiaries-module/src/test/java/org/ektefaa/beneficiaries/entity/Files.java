package org.ektefaa.beneficiaries.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Enums.Gender;
import org.ektefaa.beneficiaries.entity.Enums.Housing;
import org.ektefaa.beneficiaries.entity.Enums.IdType;
import org.ektefaa.beneficiaries.entity.Enums.IncomeType;
import org.ektefaa.beneficiaries.entity.Enums.MaritalStatus;
import org.ektefaa.platform.api.ContactChannel;

/** Test files, complete in their data, for the unit tests. */
public final class Files {

    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private Files() {
    }

    public static Beneficiary complete(String category) {
        return named(new PersonName("فاطمة", "محمد", "علي", "القحطاني"), category);
    }

    /** A complete file of the widows' category under {@code name}. */
    public static Beneficiary named(PersonName name) {
        return named(name, "WIDOWS");
    }

    private static Beneficiary named(PersonName name, String category) {
        Beneficiary file = new Beneficiary(ContactChannel.IN_PERSON_INTERVIEW, "reception1", NOW);
        file.identify(IdType.NATIONAL_ID, "1000000008", "hash", "0008", LocalDate.of(2030, 1, 1));
        file.describe(new Beneficiary.Details(name, null,
                "فاطمه محمد علي القحطاني", "SA", Gender.FEMALE, LocalDate.of(1985, 5, 1), MaritalStatus.WIDOWED,
                "+966501234567", null, "الرياض", "النسيم", null, category, Housing.RENTED, new BigDecimal("1500"),
                null, null, List.of(), List.of(new IncomeSource(IncomeType.SOCIAL_SECURITY, new BigDecimal("1200")))),
                null, "reception1", NOW);
        return file;
    }
}

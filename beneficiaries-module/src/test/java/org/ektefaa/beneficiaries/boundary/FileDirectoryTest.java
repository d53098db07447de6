package org.ektefaa.beneficiaries.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Enums;
import org.ektefaa.beneficiaries.entity.Files;
import org.ektefaa.beneficiaries.entity.HouseholdMember;
import org.ektefaa.beneficiaries.entity.IncomeSource;
import org.ektefaa.beneficiaries.entity.PersonName;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the executive's queue shows of a file (issue #21), read a page at a time against the beneficiaries module's own
 * tables: the household's size with the applicant, its income in total and per person, and how many of the items to
 * verify are verified.
 */
class FileDirectoryTest {

    private static ModuleDatabase database;
    private static long widow;
    private static long alone;

    @BeforeAll
    static void files() {
        database = new ModuleDatabase("beneficiaries", "ben", "directory");
        database.inTransaction(em -> {
            Beneficiary file = Files.complete("WIDOW");
            file.identify(Enums.IdType.NATIONAL_ID, "1000000008", "hash-1", "0008", LocalDate.of(2030, 1, 1));
            file.describe(new Beneficiary.Details(new PersonName("فاطمة", "محمد", "علي", "القحطاني"), null,
                    "فاطمه محمد علي القحطاني", "SA", Enums.Gender.FEMALE, LocalDate.of(1985, 5, 1),
                    Enums.MaritalStatus.WIDOWED, "+966501234567", null, "الرياض", "النسيم", null, "WIDOW",
                    Enums.Housing.RENTED, new BigDecimal("1500"), null, null,
                    List.of(new HouseholdMember("سارة", Enums.Relation.DAUGHTER, null, LocalDate.of(2012, 1, 1), false,
                                    Enums.Occupation.SCHOOL),
                            new HouseholdMember("عمر", Enums.Relation.SON, null, LocalDate.of(2015, 1, 1), false,
                                    Enums.Occupation.SCHOOL)),
                    List.of(new IncomeSource(Enums.IncomeType.SOCIAL_SECURITY, new BigDecimal("1200")),
                            new IncomeSource(Enums.IncomeType.CITIZEN_ACCOUNT, new BigDecimal("800")))),
                    null, "reception1", Files.NOW);
            file.verify("IDENTITY", "reception1", Files.NOW);
            file.verify("INCOME", "reception1", Files.NOW);
            widow = persisted(em, file);
            Beneficiary single = Files.complete("WIDOW");
            single.identify(Enums.IdType.NATIONAL_ID, "1000000016", "hash-2", "0016", LocalDate.of(2030, 1, 1));
            alone = persisted(em, single);
        });
    }

    private static long persisted(EntityManager em, Beneficiary file) {
        em.persist(file);
        file.uncountedMoves();
        em.flush();
        return file.getId();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aPageOfFilesIsSummedUpForTheDecision() {
        EntityManager em = database.entityManager();
        try {
            FileDirectory directory = new FileDirectory();
            directory.em = em;
            Map<Long, BeneficiarySummary> page = directory.summaries(List.of(widow, alone, -1L));
            assertThat(page).containsOnlyKeys(widow, alone);
            BeneficiarySummary mother = page.get(widow);
            assertThat(mother.householdSize()).as("the applicant and two children").isEqualTo(3);
            assertThat(mother.monthlyIncome()).isEqualByComparingTo("2000");
            assertThat(mother.incomePerMember()).isEqualByComparingTo("667");
            assertThat(mother.verifiedItems()).isEqualTo(2);
            assertThat(mother.itemsToVerify()).as("the four base items and the household").isGreaterThanOrEqualTo(5);
            assertThat(mother.fullyVerified()).isFalse();
            assertThat(page.get(alone).householdSize()).isEqualTo(1);
            assertThat(page.get(alone).incomePerMember()).isEqualByComparingTo("1200");
            assertThat(directory.summaries(List.of())).isEmpty();
        } finally {
            em.close();
        }
    }
}

package org.ektefaa.eligibility.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.eligibility.entity.Renewal;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registered files' eligibility periods, on the embedded database (H2, as an association's first start runs): the
 * list to renew (ended; ending within 30 days), the earliest end first, its counts, and what a renewal must hold.
 */
@org.ektefaa.platform.api.PolicyClause("5.4")
class RenewalBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("eligibility", "elg", "renewals");
        database.inTransaction(em -> {
            em.persist(new Renewal(1L, TODAY.minusDays(40), Instant.EPOCH)); // ended 40 days ago
            em.persist(new Renewal(2L, TODAY.minusDays(1), Instant.EPOCH)); // ended yesterday
            em.persist(new Renewal(3L, TODAY, Instant.EPOCH)); // ends today: still holds
            em.persist(new Renewal(4L, TODAY.plusDays(30), Instant.EPOCH)); // the last day listed
            em.persist(new Renewal(5L, TODAY.plusDays(31), Instant.EPOCH)); // not yet
            em.persist(new Renewal(6L, TODAY.plusDays(12), Instant.EPOCH));
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theFilesToRenewTheEarliestEndFirst() {
        EntityManager em = database.entityManager();
        try {
            RenewalBook book = new RenewalBook(em);
            assertThat(book.ending(TODAY, TODAY.plusDays(Renewal.NOTICE_DAYS), 0, 10)).extracting(Renewal::getFileId)
                    .containsExactly(3L, 6L, 4L);
            assertThat(book.ending(LocalDate.of(1, 1, 1), TODAY.minusDays(1), 0, 10)).extracting(Renewal::getFileId)
                    .containsExactly(1L, 2L);
            assertThat(book.ending(TODAY, TODAY.plusDays(Renewal.NOTICE_DAYS), 1, 1)).extracting(Renewal::getFileId)
                    .containsExactly(6L);
            assertThat(book.countEnding(TODAY, TODAY.plusDays(Renewal.NOTICE_DAYS))).isEqualTo(3);
            assertThat(book.countEnding(LocalDate.of(1, 1, 1), TODAY.minusDays(1))).isEqualTo(2);
        } finally {
            em.close();
        }
    }

    @Test
    void eachChangeMovesTheVersionOn() {
        long[] seen = new long[3];
        database.inTransaction(em -> em.persist(new Renewal(20L, TODAY, Instant.EPOCH)));
        database.inTransaction(em -> {
            Renewal r = new RenewalBook(em).forChange(20L).orElseThrow();
            seen[0] = r.getVersion();
            r.asked("reception", Instant.EPOCH);
        });
        database.inTransaction(em -> {
            Renewal r = new RenewalBook(em).forChange(20L).orElseThrow();
            seen[1] = r.getVersion();
            r.renew(BigDecimal.ONE, true, TODAY.plusMonths(12), "reception", Instant.EPOCH);
        });
        database.inTransaction(em -> seen[2] = new RenewalBook(em).of(20L).orElseThrow().getVersion());
        assertThat(seen[1]).isGreaterThan(seen[0]);
        assertThat(seen[2]).isGreaterThan(seen[1]);
    }

    @Test
    void aPeriodIsListedFromThirtyDaysBeforeItsEndAndEndsTheDayAfterItsLast() {
        Renewal renewal = new Renewal(9L, TODAY.plusDays(30), Instant.EPOCH);
        assertThat(renewal.isDueOn(TODAY)).isTrue();
        assertThat(renewal.isDueOn(TODAY.minusDays(1))).isFalse();
        assertThat(renewal.isExpiredOn(TODAY.plusDays(30))).isFalse();
        assertThat(renewal.isExpiredOn(TODAY.plusDays(31))).isTrue();
    }

    @Test
    void aRenewalHoldsTheIncomeDeclaredAndTheDocumentsSeenAndMovesThePeriodOn() {
        Renewal renewal = new Renewal(9L, TODAY.plusDays(10), Instant.EPOCH);
        renewal.asked("reception", Instant.EPOCH);
        assertThatThrownBy(() -> renewal.renew(null, true, TODAY.plusMonths(12), "r", Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessage("renewal.error.income");
        assertThatThrownBy(() -> renewal.renew(new BigDecimal("-1"), true, TODAY.plusMonths(12), "r", Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessage("renewal.error.income");
        assertThatThrownBy(() -> renewal.renew(BigDecimal.ZERO, false, TODAY.plusMonths(12), "r", Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessage("renewal.error.documents");
        assertThat(renewal.getValidUntil()).isEqualTo(TODAY.plusDays(10));
        renewal.renew(BigDecimal.ZERO, true, TODAY.plusMonths(12), "reception", Instant.EPOCH);
        assertThat(renewal.getValidUntil()).isEqualTo(TODAY.plusMonths(12));
        assertThat(renewal.getAskedAt()).isNull();
        assertThat(renewal.getTimesRenewed()).isEqualTo(1);
        assertThat(renewal.getIncomeDeclared()).isEqualByComparingTo("0");
    }
}

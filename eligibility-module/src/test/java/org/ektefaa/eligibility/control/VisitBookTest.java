package org.ektefaa.eligibility.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ektefaa.eligibility.entity.HousingCondition;
import org.ektefaa.eligibility.entity.Recommendation;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The home visits kept, on the embedded database (H2, as an association's first start runs): the counts the dashboard
 * shows, a file's latest visit and latest signed one, and never two visits to be done for one file.
 */
@org.ektefaa.platform.api.PolicyClause("5.2")
class VisitBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String DRAWING = "data:image/png;base64," + "iVBORw0KGgo".repeat(30);
    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("eligibility", "elg", "visits");
        database.inTransaction(em -> {
            // file 1: signed, then visited again (due); file 2: late; file 3: due later, another researcher
            Visit signed = new Visit(1L, "noura", TODAY.minusDays(10), null, "exec", Instant.EPOCH);
            signed.sign(new Visit.Report(Map.of("CITY_IN", true), 4, null, new java.math.BigDecimal("500"),
                    HousingCondition.POOR, Recommendation.SUPPORT, "ملاحظة", "24.7,46.6", "نورة", DRAWING), Instant.EPOCH);
            em.persist(signed);
            em.flush();
            em.persist(new Visit(1L, "noura", TODAY.plusDays(2), null, "exec", Instant.EPOCH));
            em.persist(new Visit(2L, "noura", TODAY.minusDays(1), null, "exec", Instant.EPOCH));
            em.persist(new Visit(3L, "salem", TODAY.plusDays(5), null, "exec", Instant.EPOCH));
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theCountsOfVisitsToDoAndLate() {
        EntityManager em = database.entityManager();
        try {
            VisitBook book = new VisitBook(em);
            assertThat(book.counts("noura", TODAY)).containsExactly(2L, 1L);
            assertThat(book.counts("salem", TODAY)).containsExactly(1L, 0L);
            assertThat(book.counts(null, TODAY)).containsExactly(3L, 1L);
            assertThat(book.open("noura", 10)).extracting(Visit::getFileId).containsExactly(2L, 1L);
        } finally {
            em.close();
        }
    }

    @Test
    void aFilesLatestVisitAndLatestSignedOne() {
        EntityManager em = database.entityManager();
        try {
            VisitBook book = new VisitBook(em);
            Map<Long, Visit> latest = book.latest(List.of(1L, 2L, 9L));
            assertThat(latest).containsOnlyKeys(1L, 2L);
            assertThat(latest.get(1L).getDueOn()).isEqualTo(TODAY.plusDays(2));
            Map<Long, Visit> done = book.latestDone(List.of(1L, 2L));
            assertThat(done).containsOnlyKeys(1L);
            assertThat(done.get(1L).getMonthlyDebts()).isEqualByComparingTo("500");
            // sealed at rest, opened when read
            assertThat(done.get(1L).getNote()).isEqualTo("ملاحظة");
        } finally {
            em.close();
        }
    }

    @Test
    void aVisitSignedInATransactionReadsAsSignedInIt() {
        EntityManager em = database.entityManager();
        try {
            em.getTransaction().begin();
            VisitBook book = new VisitBook(em);
            Visit visit = new Visit(4L, "noura", TODAY, null, "exec", Instant.EPOCH);
            book.keep(visit);
            em.getTransaction().commit();
            em.clear();
            em.getTransaction().begin();
            Visit found = book.forChange(visit.getId()).orElseThrow();
            found.sign(new Visit.Report(Map.of("CITY_IN", true), 4, null, null, HousingCondition.GOOD,
                    Recommendation.SUPPORT, null, null, "نورة", DRAWING), Instant.EPOCH);
            book.flush();
            Visit latest = book.latest(4L).orElseThrow();
            assertThat(latest.getStatus()).isEqualTo(org.ektefaa.eligibility.entity.VisitStatus.DONE);
            assertThat(latest.getRecommendation()).isEqualTo(Recommendation.SUPPORT);
            assertThat(book.latestDone(List.of(4L)).get(4L).getRecommendation()).isEqualTo(Recommendation.SUPPORT);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
    }

    @Test
    void aFileNeverHasTwoVisitsToBeDone() {
        EntityManager em = database.entityManager();
        try {
            em.getTransaction().begin();
            assertThatThrownBy(() -> new VisitBook(em).keep(new Visit(2L, "salem", TODAY, null, "exec", Instant.EPOCH)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("visit.error.open"));
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}

package org.ektefaa.eligibility.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ektefaa.eligibility.api.Outcome;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.entity.Assessment;
import org.ektefaa.eligibility.entity.Criterion;
import org.ektefaa.eligibility.entity.CriterionKind;
import org.ektefaa.eligibility.entity.RuleSet;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules in force, against the module's own tables and the rules an association starts with: a category's own set
 * before the general one, a new version only from its date; a file's standing is its latest assessment, read for a
 * page of files at once; an assessment is never rewritten.
 */
@org.ektefaa.platform.api.PolicyClause("5.4")
class RuleBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("eligibility", "elg", "rulebook");
        database.inTransaction(em -> {
            // the general rules change from next month: income per member up to 2,000
            em.persist(new RuleSet(null, TODAY.plusMonths(1).withDayOfMonth(1), 6, "من الشهر القادم",
                    List.of(Criterion.of(CriterionKind.INCOME_PER_MEMBER_MAX, new BigDecimal("2000"), null, null, null)),
                    "admin", Instant.EPOCH));
            // rent support asks for a lease from today, and from next month also three people or more
            em.persist(new RuleSet(null, "RENT", TODAY, 12, null, List.of(Criterion.of(CriterionKind.DOCUMENT_REQUIRED,
                    null, null, null, "LEASE")), "admin", Instant.EPOCH));
            em.persist(new RuleSet(null, "RENT", TODAY.plusMonths(1), 12, null, List.of(Criterion.of(
                    CriterionKind.DOCUMENT_REQUIRED, null, null, null, "LEASE"), Criterion.of(
                    CriterionKind.HOUSEHOLD_MIN_MEMBERS, null, 3, null, null)), "admin", Instant.EPOCH));
            for (Outcome outcome : List.of(Outcome.NEEDS_REVIEW, Outcome.ELIGIBLE)) {
                em.persist(new Assessment(7L, "LOW_INCOME", 1L, 1L, outcome, 55, "MEDIUM",
                        List.of(new Standing.Line("INCOME_PER_MEMBER_MAX", "MET", "900", "1500", 0, 0)),
                        List.of(new Standing.Line("INCOME_GAP", "KNOWN", "900", "1500", 16, 40)), "SUBMITTED", "system",
                        Instant.EPOCH, TODAY.plusMonths(12)));
                em.flush(); // each assessment is written in a transaction of its own
            }
            em.persist(new Assessment(8L, "ELDERLY", 2L, 1L, Outcome.NOT_ELIGIBLE, 20, "LOW", List.of(), List.of(),
                    "SUBMITTED", "system", Instant.EPOCH, TODAY.plusMonths(12)));
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aCategorysOwnRulesComeBeforeTheGeneralOnesAndANewVersionFromItsDate() {
        EntityManager em = database.entityManager();
        try {
            RuleBook book = new RuleBook(em);
            RuleSet elderly = book.rulesFor("ELDERLY", TODAY).orElseThrow();
            assertThat(elderly.getCategoryCode()).isEqualTo("ELDERLY");
            assertThat(elderly.getCriteria()).extracting(Criterion::getKind).containsExactly(
                    CriterionKind.INCOME_PER_MEMBER_MAX, CriterionKind.AID_ELSEWHERE_MAX, CriterionKind.AGE_BETWEEN);
            RuleSet general = book.rulesFor("LOW_INCOME", TODAY).orElseThrow();
            assertThat(general.getCategoryCode()).isNull();
            assertThat(general.getCriteria().get(0).getAmount()).isEqualByComparingTo("1500");
            assertThat(book.rulesFor(null, TODAY)).contains(general);
            RuleSet next = book.rulesFor("LOW_INCOME", TODAY.plusMonths(1).withDayOfMonth(1)).orElseThrow();
            assertThat(next.getCriteria().get(0).getAmount()).isEqualByComparingTo("2000");
            assertThat(next.getValidMonths()).isEqualTo(6);
            assertThat(book.scoreModel(TODAY).orElseThrow().weights()).containsValues(40, 20, 15, 15, 10);
        } finally {
            em.close();
        }
    }

    @Test
    void aServicesRulesAreItsOwnAndNeverACategorysOrTheGeneralOnes() {
        EntityManager em = database.entityManager();
        try {
            RuleBook book = new RuleBook(em);
            assertThat(book.rulesFor(null, TODAY).orElseThrow().getServiceCode()).isNull();
            assertThat(book.rulesFor("LOW_INCOME", TODAY.plusMonths(2)).orElseThrow().getServiceCode()).isNull();
            assertThat(book.categoriesWithOwnRules(TODAY)).doesNotContainNull();
            assertThat(book.serviceRules(List.of("RENT", "BILLS"), TODAY)).containsOnlyKeys("RENT")
                    .extractingByKey("RENT").satisfies(r -> assertThat(r.getCriteria()).hasSize(1));
            assertThat(book.serviceRules(List.of("RENT"), TODAY.plusMonths(1)).get("RENT").getCriteria()).hasSize(2);
            assertThat(book.serviceRules(List.of("RENT"), TODAY.minusDays(1))).isEmpty();
            assertThat(book.serviceRules(List.of(), TODAY)).isEmpty();
            assertThat(book.ruleSets()).last().satisfies(r -> assertThat(r.scopeKey()).isEqualTo("service:RENT"));
        } finally {
            em.close();
        }
    }

    @Test
    void aFilesStandingIsItsLatestAssessment() {
        EntityManager em = database.entityManager();
        try {
            Map<Long, Assessment> latest = new RuleBook(em).latest(List.of(7L, 8L, 9L));
            assertThat(latest).containsOnlyKeys(7L, 8L);
            Standing seven = latest.get(7L).standing();
            assertThat(seven.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(seven.criteria()).extracting(Standing.Line::seen).containsExactly("900");
            assertThat(seven.factors()).extracting(Standing.Line::points).containsExactly(16);
            assertThat(latest.get(8L).getOutcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(new RuleBook(em).latest(List.of())).isEmpty();
        } finally {
            em.close();
        }
    }

    @Test
    void theOutcomesAChangeOfRulesWouldMoveAreTheLatestStillHeldInItsScope() {
        EntityManager em = database.entityManager();
        try {
            RuleBook book = new RuleBook(em);
            assertThat(book.categoriesWithOwnRules(TODAY)).containsExactlyInAnyOrder("ELDERLY", "DISABILITY", "ORPHANS");
            // file 7's latest (ELIGIBLE), not its first; file 8 is elderly, which has rules of its own
            assertThat(book.currentOutcomes(null, book.categoriesWithOwnRules(TODAY), TODAY, 100))
                    .extracting(r -> r[0], r -> r[1])
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, Outcome.ELIGIBLE));
            assertThat(book.currentOutcomes("ELDERLY", null, TODAY, 100)).extracting(r -> r[0]).containsExactly(8L);
            assertThat(book.currentOutcomes(null, null, TODAY, 100)).extracting(r -> r[0]).containsExactly(8L, 7L);
            assertThat(book.currentOutcomes(null, null, TODAY, 1)).hasSize(1);
            // an assessment no longer held a year on
            assertThat(book.currentOutcomes(null, null, TODAY.plusMonths(13), 100)).isEmpty();
        } finally {
            em.close();
        }
    }

    @Test
    void anAssessmentIsNeverRewritten() {
        assertThatThrownBy(() -> database.inTransaction(em -> {
            Assessment kept = new RuleBook(em).latest(List.of(8L)).get(8L);
            try {
                java.lang.reflect.Field score = Assessment.class.getDeclaredField("score");
                score.setAccessible(true);
                score.setInt(kept, 99);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            em.flush();
        })).isInstanceOf(IllegalStateException.class).hasMessage("an assessment is never rewritten");
    }
}

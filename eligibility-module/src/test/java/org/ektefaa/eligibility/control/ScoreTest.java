package org.ektefaa.eligibility.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.entity.Factor;
import org.ektefaa.eligibility.entity.HousingCondition;
import org.ektefaa.eligibility.entity.Recommendation;
import org.ektefaa.eligibility.entity.ScoreModel;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The need score, table-driven: each factor's points from the household, the breakdown adding up to the score, the
 * bands' edges, and weights that must sum to 100.
 */
@org.ektefaa.platform.api.PolicyClause("5.4")
class ScoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** The model an association starts with: 40 / 20 / 15 / 15 / 10, income line 1,500, high from 70, medium from 40. */
    static ScoreModel model() {
        return new ScoreModel(TODAY, Map.of(Factor.INCOME_GAP, 40, Factor.DEPENDANTS, 20, Factor.HOUSING, 15,
                Factor.HEALTH, 15, Factor.DEBTS, 10), new BigDecimal("1500"), 70, 40, "admin", Instant.EPOCH);
    }

    /**
     * @param children members aged 5, 6, …; {@code elders} members aged 70; {@code disabled} of the children marked
     */
    static HouseholdFacts household(int children, int elders, int disabled, String income, String housing, String rent,
                                    boolean medicalReport) {
        List<HouseholdFacts.Member> members = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            members.add(new HouseholdFacts.Member("SON", TODAY.minusYears(5 + i), i < disabled, "SCHOOL"));
        }
        for (int i = 0; i < elders; i++) {
            members.add(new HouseholdFacts.Member("FATHER", TODAY.minusYears(70), false, "RETIRED"));
        }
        List<HouseholdFacts.Income> incomes = income == null ? List.of()
                : List.of(new HouseholdFacts.Income("SALARY", new BigDecimal(income)));
        return new HouseholdFacts(1L, "LOW_INCOME", "SUBMITTED", TODAY.minusYears(40), "الرياض", housing,
                rent == null ? null : new BigDecimal(rent), true, incomes, members,
                medicalReport ? Set.of("MEDICAL_REPORT") : Set.of());
    }

    /** A signature pad's drawing, as the page sends it. */
    static final String DRAWING = "data:image/png;base64," + "iVBORw0KGgo".repeat(30);

    /** A home visit signed with the monthly debts and the state of the home found, or null when neither is given. */
    static Visit visit(String debts, String condition) {
        if (debts == null && condition == null) {
            return null;
        }
        Visit visit = new Visit(1L, "researcher", TODAY, null, "executive", Instant.EPOCH);
        visit.sign(new Visit.Report(Map.of(), null, null, debts == null ? null : new BigDecimal(debts),
                HousingCondition.valueOf(condition), Recommendation.SUPPORT, null, null, "باحث", DRAWING), Instant.EPOCH);
        return visit;
    }

    @ParameterizedTest(name = "{0} children, {1} elders, {2} disabled, income {3}, {4} rent {5}, report {6}, visit: debts"
            + " {7}, home {8} → {9} {10} {11} {12} {13} = {14} {15}")
    @CsvSource(nullValues = "-", textBlock = """
            # children | elders | disabled | income | housing | rent | report | visit: debts | home | income gap | dependants | housing | health | debts | score | band
            3, 0, 0, 0,     RENTED,          1500, false, -,    -,     40, 15, 15, 0,  0,  70, HIGH
            3, 0, 0, 6000,  OWNED,           -,    false, -,    -,     0,  15, 0,  0,  0,  15, LOW
            1, 1, 1, 1500,  RENTED,          750,  false, -,    -,     27, 10, 11, 8,  0,  56, MEDIUM
            4, 1, 2, 0,     WITH_FAMILY,     -,    true,  3000, FAIR,  40, 20, 8,  15, 10, 93, HIGH
            0, 0, 0, 3000,  CHARITY_HOUSING, -,    false, 750,  GOOD,  0,  0,  4,  0,  5,  9,  LOW
            0, 0, 0, 600,   -,               -,    false, -,    -,     24, 0,  0,  0,  0,  24, LOW
            2, 0, 0, 1800,  RENTED,          0,    false, -,    -,     24, 10, 8,  0,  0,  42, MEDIUM
            3, 0, 0, 6000,  OWNED,           -,    false, 0,    UNFIT, 0,  15, 15, 0,  0,  30, LOW
            0, 0, 0, 600,   -,               -,    false, -,    POOR,  24, 0,  11, 0,  0,  35, LOW
            """)
    void eachFactorAndTheScore(int children, int elders, int disabled, String income, String housing, String rent,
                               boolean report, String debts, String home, int incomeGap, int dependants, int housingPoints,
                               int health, int debtPoints, int score, String band) {
        Scoring.Score s = Scoring.score(household(children, elders, disabled, income, housing, rent, report), model(),
                visit(debts, home), TODAY);
        assertThat(s.factors()).extracting(Standing.Line::code)
                .containsExactly("INCOME_GAP", "DEPENDANTS", "HOUSING", "HEALTH", "DEBTS");
        assertThat(s.factors()).extracting(Standing.Line::points)
                .containsExactly(incomeGap, dependants, housingPoints, health, debtPoints);
        assertThat(s.factors()).extracting(Standing.Line::weight).containsExactly(40, 20, 15, 15, 10);
        assertThat(s.total()).isEqualTo(score)
                .isEqualTo(s.factors().stream().mapToInt(Standing.Line::points).sum());
        assertThat(s.band()).isEqualTo(band);
    }

    @Test
    void anElderlyApplicantCountsAmongTheDependants() {
        HouseholdFacts alone = household(0, 0, 0, "3000", "OWNED", null, false);
        HouseholdFacts elderly = new HouseholdFacts(1L, "ELDERLY", "SUBMITTED", TODAY.minusYears(67), "الرياض", "OWNED",
                null, true, alone.incomes(), List.of(), Set.of());
        assertThat(Scoring.score(alone, model(), null, TODAY).factors().get(1).points()).isZero();
        assertThat(Scoring.score(elderly, model(), null, TODAY).factors().get(1)).satisfies(l -> {
            assertThat(l.seen()).isEqualTo("1");
            assertThat(l.points()).isEqualTo(5);
        });
    }

    @Test
    void theHomeTheResearcherSawWeighsWhenWorseThanTheTenure() {
        HouseholdFacts owner = household(0, 0, 0, "3000", "OWNED", null, false);
        assertThat(Scoring.score(owner, model(), visit("0", "POOR"), TODAY).factors().get(2)).satisfies(l -> {
            assertThat(l.seen()).isEqualTo("VISIT_POOR");
            assertThat(l.points()).isEqualTo(11);
        });
        HouseholdFacts tenant = household(0, 0, 0, "3000", "RENTED", "3000", false);
        assertThat(Scoring.score(tenant, model(), visit("0", "FAIR"), TODAY).factors().get(2).seen()).isEqualTo("RENTED");
        // a visit assigned but not signed yet found nothing: debts stay unknown
        Visit assigned = new Visit(1L, "researcher", TODAY, null, "executive", Instant.EPOCH);
        assertThat(Scoring.score(owner, model(), assigned, TODAY).factors().get(4).status()).isEqualTo("UNKNOWN");
    }

    @Test
    void whatIsNotKnownSaysSoAndGivesNoPoints() {
        Scoring.Score s = Scoring.score(household(0, 0, 0, "600", null, null, false), model(), null, TODAY);
        assertThat(s.factors()).filteredOn(l -> l.code().equals("HOUSING") || l.code().equals("DEBTS"))
                .extracting(Standing.Line::status).containsOnly("UNKNOWN");
        assertThat(s.factors()).filteredOn(l -> l.code().equals("INCOME_GAP")).extracting(Standing.Line::seen)
                .containsExactly("600");
    }

    @ParameterizedTest(name = "score {0} → {1}")
    @CsvSource(textBlock = """
            100, HIGH
            70,  HIGH
            69,  MEDIUM
            40,  MEDIUM
            39,  LOW
            0,   LOW
            """)
    void theBandsEdges(int score, String band) {
        assertThat(model().band(score)).isEqualTo(band);
    }

    @Test
    void weightsMustSumToAHundredAndBandsBeOrdered() {
        assertThatThrownBy(() -> new ScoreModel(TODAY, Map.of(Factor.INCOME_GAP, 50, Factor.DEPENDANTS, 40),
                new BigDecimal("1500"), 70, 40, "admin", Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessage("score.error.weightsSum");
        assertThatThrownBy(() -> new ScoreModel(TODAY, Map.of(Factor.INCOME_GAP, 100), new BigDecimal("1500"), 40, 70,
                "admin", Instant.EPOCH)).isInstanceOf(RuleViolation.class).hasMessage("score.error.bands");
        assertThat(new ScoreModel(TODAY, Map.of(Factor.INCOME_GAP, 100), new BigDecimal("1500"), 70, 40, "admin",
                Instant.EPOCH).weights()).containsEntry(Factor.INCOME_GAP, 100).containsEntry(Factor.DEBTS, 0);
    }
}

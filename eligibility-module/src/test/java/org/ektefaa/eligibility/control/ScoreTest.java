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
import org.ektefaa.eligibility.entity.ScoreModel;
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

    @ParameterizedTest(name = "{0} children, {1} elders, {2} disabled, income {3}, {4} rent {5}, report {6}, debts {7}"
            + " → {8} {9} {10} {11} {12} = {13} {14}")
    @CsvSource(nullValues = "-", textBlock = """
            # children | elders | disabled | income | housing | rent | report | debts | income gap | dependants | housing | health | debts | score | band
            3, 0, 0, 0,     RENTED,          1500, false, -,    40, 15, 15, 0,  0,  70, HIGH
            3, 0, 0, 6000,  OWNED,           -,    false, -,    0,  15, 0,  0,  0,  15, LOW
            1, 1, 1, 1500,  RENTED,          750,  false, -,    27, 10, 11, 8,  0,  56, MEDIUM
            4, 1, 2, 0,     WITH_FAMILY,     -,    true,  3000, 40, 20, 8,  15, 10, 93, HIGH
            0, 0, 0, 3000,  CHARITY_HOUSING, -,    false, 750,  0,  0,  4,  0,  5,  9,  LOW
            0, 0, 0, 600,   -,               -,    false, -,    24, 0,  0,  0,  0,  24, LOW
            2, 0, 0, 1800,  RENTED,          0,    false, -,    24, 10, 8,  0,  0,  42, MEDIUM
            """)
    void eachFactorAndTheScore(int children, int elders, int disabled, String income, String housing, String rent,
                               boolean report, String debts, int incomeGap, int dependants, int housingPoints,
                               int health, int debtPoints, int score, String band) {
        Scoring.Score s = Scoring.score(household(children, elders, disabled, income, housing, rent, report), model(),
                debts == null ? null : new BigDecimal(debts), TODAY);
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

package org.ektefaa.eligibility.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Outcome;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.entity.Criterion;
import org.ektefaa.eligibility.entity.CriterionKind;
import org.ektefaa.eligibility.entity.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each criterion against households, table-driven: the result, the value read and the rule's limit; and the outcome
 * of a set (one not met: not eligible; one not known: review; all met: eligible).
 */
@org.ektefaa.platform.api.PolicyClause("5.2")
@org.ektefaa.platform.api.PolicyClause("5.4")
class EvaluationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** A household: the applicant plus {@code members} children, the incomes given (type:amount), verified or not. */
    static HouseholdFacts household(int members, boolean verified, String incomes, String city, LocalDate birth,
                                    Set<String> documents, boolean disabledMember) {
        List<HouseholdFacts.Income> in = new ArrayList<>();
        if (incomes != null && !incomes.isBlank()) {
            for (String part : incomes.split(" ")) {
                String[] typeAmount = part.split(":");
                in.add(new HouseholdFacts.Income(typeAmount[0], new BigDecimal(typeAmount[1])));
            }
        }
        List<HouseholdFacts.Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            list.add(new HouseholdFacts.Member("SON", TODAY.minusYears(5 + i), disabledMember && i == 0, "SCHOOL"));
        }
        return new HouseholdFacts(1L, "LOW_INCOME", "SUBMITTED", birth, city, "RENTED", new BigDecimal("1200"),
                verified, in, list, documents);
    }

    static Criterion criterion(String kind, String amount, Integer low, Integer high, String codes) {
        return Criterion.of(CriterionKind.valueOf(kind), amount == null ? null : new BigDecimal(amount), low, high, codes);
    }

    @ParameterizedTest(name = "{0}: {1} members, incomes ''{2}'', verified {3} → {7} (seen {8}, limit {9})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # criterion             | members | incomes                        | verified | amount | low | high | status  | seen   | limit
            INCOME_PER_MEMBER_MAX   | 3       | SALARY:6000                    | true     | 1500   | -   | -    | MET     | 1500   | 1500
            INCOME_PER_MEMBER_MAX   | 3       | SALARY:6001                    | true     | 1500   | -   | -    | NOT_MET | 1500.25| 1500
            INCOME_PER_MEMBER_MAX   | 0       | SALARY:1500.01                 | true     | 1500   | -   | -    | NOT_MET | 1500.01| 1500
            INCOME_PER_MEMBER_MAX   | 2       | SALARY:4500.01                 | true     | 1500   | -   | -    | NOT_MET | 1500   | 1500
            INCOME_PER_MEMBER_MAX   | 2       | -                              | true     | 1500   | -   | -    | MET     | 0      | 1500
            INCOME_PER_MEMBER_MAX   | 2       | SALARY:900                     | false    | 1500   | -   | -    | UNKNOWN | 300    | 1500
            INCOME_PER_MEMBER_MAX   | 4       | SALARY:3000 CITIZEN_ACCOUNT:2000 | true   | 1000   | -   | -    | MET     | 1000   | 1000
            AID_ELSEWHERE_MAX       | 1       | SALARY:9000 OTHER_SUPPORT:1000 | true     | 3000   | -   | -    | MET     | 1000   | 3000
            AID_ELSEWHERE_MAX       | 1       | OTHER_SUPPORT:2000 OTHER_SUPPORT:1500 | true | 3000 | -  | -    | NOT_MET | 3500   | 3000
            AID_ELSEWHERE_MAX       | 1       | OTHER_SUPPORT:2000             | false    | 3000   | -   | -    | UNKNOWN | 2000   | 3000
            HOUSEHOLD_MIN_MEMBERS   | 1       | -                              | true     | -      | 2   | -    | MET     | 2      | 2
            HOUSEHOLD_MIN_MEMBERS   | 0       | -                              | true     | -      | 2   | -    | NOT_MET | 1      | 2
            """)
    void eachCriterionReadsTheHousehold(String kind, int members, String incomes, boolean verified, String amount,
                                        Integer low, Integer high, String status, String seen, String limit) {
        HouseholdFacts facts = household(members, verified, incomes, "الرياض", null, Set.of(), false);
        Standing.Line line = Evaluation.evaluate(facts, criterion(kind, amount, low, high, null), TODAY);
        assertThat(line.code()).isEqualTo(kind);
        assertThat(line.status()).isEqualTo(status);
        assertThat(line.seen()).isEqualTo(seen);
        assertThat(line.limit()).isEqualTo(limit);
    }

    @ParameterizedTest(name = "born {0}, rule {1}–{2} → {3} (age {4})")
    @CsvSource(nullValues = "-", textBlock = """
            1966-12-07, 60, -,  MET,     60, 60+
            1966-12-08, 60, -,  NOT_MET, 59, 60+
            2000-01-01, 18, 30, MET,     26, 18–30
            1990-01-01, 18, 30, NOT_MET, 36, 18–30
            -,          60, -,  UNKNOWN, -,  60+
            """)
    void theApplicantsAgeOnTheDay(LocalDate born, int low, Integer high, String status, String age, String limit) {
        HouseholdFacts facts = household(0, true, null, "جدة", born, Set.of(), false);
        Standing.Line line = Evaluation.evaluate(facts, criterion("AGE_BETWEEN", null, low, high, null), TODAY);
        assertThat(line.status()).isEqualTo(status);
        assertThat(line.seen()).isEqualTo(age);
        assertThat(line.limit()).isEqualTo(limit);
    }

    @ParameterizedTest(name = "city ''{0}'' among ''{1}'' → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            الرياض   | الرياض، الخرج        | MET
            رياض     | الرياض، الخرج        | MET
            الخرج    | الرياض\u060C الخرج    | MET
            Riyadh   | riyadh, Al-Kharj     | MET
            kharj    | riyadh, Al-Kharj     | MET
            جدة      | الرياض، الخرج        | NOT_MET
            الأحساء  | الاحساء              | MET
            -        | الرياض               | UNKNOWN
            Al Kharj | Riyadh, Al-Kharj     | MET
            الرياض - حي النسيم | الرياض     | MET
            الخرج    | الرياض               | NOT_MET
            """)
    void theCityServed(String city, String served, String status) {
        HouseholdFacts facts = household(0, true, null, city, null, Set.of(), false);
        assertThat(Evaluation.evaluate(facts, criterion("CITY_IN", null, null, null, served), TODAY).status())
                .isEqualTo(status);
    }

    @Test
    void aMissingDocumentIsToBeProvidedNotARefusal() {
        HouseholdFacts without = household(0, true, null, "جدة", null, Set.of("ID_CARD"), false);
        HouseholdFacts with = household(0, true, null, "جدة", null, Set.of("ID_CARD", "LEASE"), false);
        Criterion lease = criterion("DOCUMENT_REQUIRED", null, null, null, "LEASE");
        assertThat(Evaluation.evaluate(without, lease, TODAY).status()).isEqualTo("UNKNOWN");
        assertThat(Evaluation.evaluate(with, lease, TODAY).status()).isEqualTo("MET");
        assertThat(Evaluation.evaluate(with, lease, TODAY).limit()).isEqualTo("LEASE");
    }

    @Test
    void aConditionIsAMemberWithADisabilityOrAMedicalReportAndNotKnownOtherwise() {
        Criterion condition = criterion("CONDITION_PRESENT", null, null, null, null);
        assertThat(Evaluation.evaluate(household(2, true, null, "جدة", null, Set.of(), true), condition, TODAY).status())
                .isEqualTo("MET");
        assertThat(Evaluation.evaluate(household(0, true, null, "جدة", null, Set.of("MEDICAL_REPORT"), false), condition,
                TODAY).status()).isEqualTo("MET");
        // nothing recorded is not known yet: to be reviewed, never a refusal by itself
        assertThat(Evaluation.evaluate(household(2, true, null, "جدة", null, Set.of(), false), condition, TODAY).status())
                .isEqualTo("UNKNOWN");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            MET MET,         ELIGIBLE
            MET NOT_MET,     NOT_ELIGIBLE
            UNKNOWN NOT_MET, NOT_ELIGIBLE
            MET UNKNOWN,     NEEDS_REVIEW
            '',              NEEDS_REVIEW
            """)
    void theOutcomeOfASet(String statuses, Outcome outcome) {
        List<Standing.Line> lines = statuses.isBlank() ? List.of()
                : java.util.Arrays.stream(statuses.split(" ")).map(s -> new Standing.Line("X", s, null, null, 0, 0)).toList();
        assertThat(Evaluation.outcome(lines)).isEqualTo(outcome);
    }

    /**
     * The home visit among the criteria: due (not known yet: the file needs review, with the due date), signed with
     * everything confirmed (met), signed with a criterion the researcher could not confirm (a person must look, never a
     * refusal by itself), cancelled (no line).
     */
    @Test
    void theHomeVisitIsALineAmongTheCriteria() {
        Visit due = new Visit(1L, "researcher", TODAY.plusDays(7), null, "executive", java.time.Instant.EPOCH);
        assertThat(Evaluation.visit(due)).get().satisfies(l -> {
            assertThat(l.code()).isEqualTo("VISIT_DUE");
            assertThat(l.status()).isEqualTo("UNKNOWN");
            assertThat(l.limit()).isEqualTo("2026-12-14");
        });
        assertThat(Evaluation.outcome(List.of(new Standing.Line("INCOME_PER_MEMBER_MAX", "MET", "900", "1500", 0, 0),
                Evaluation.visit(due).orElseThrow()))).isEqualTo(Outcome.NEEDS_REVIEW);

        Visit confirmed = signed(java.util.Map.of("INCOME_PER_MEMBER_MAX", true, "CITY_IN", true));
        assertThat(Evaluation.visit(confirmed)).get().satisfies(l -> {
            assertThat(l.code()).isEqualTo("VISIT_SUPPORT");
            assertThat(l.status()).isEqualTo("MET");
        });
        Visit doubted = signed(java.util.Map.of("INCOME_PER_MEMBER_MAX", false, "CITY_IN", true));
        assertThat(Evaluation.visit(doubted)).get().satisfies(l -> {
            assertThat(l.status()).isEqualTo("UNKNOWN");
            assertThat(l.seen()).isEqualTo("1");
            assertThat(l.limit()).isEqualTo("2");
        });
        // everything confirmed but another recommendation, or nothing checked: a person looks
        assertThat(Evaluation.visit(signed(java.util.Map.of("CITY_IN", true), org.ektefaa.eligibility.entity.Recommendation.REVIEW)))
                .get().satisfies(l -> {
                    assertThat(l.code()).isEqualTo("VISIT_REVIEW");
                    assertThat(l.status()).isEqualTo("UNKNOWN");
                });
        assertThat(Evaluation.visit(signed(java.util.Map.of()))).get().extracting(Standing.Line::status).isEqualTo("UNKNOWN");
        // a visit alone never makes a file eligible: with no rule at all, it needs review
        assertThat(Evaluation.outcome(List.of(), Evaluation.visit(confirmed))).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(Evaluation.outcome(List.of(new Standing.Line("CITY_IN", "MET", "جدة", "جدة", 0, 0)),
                Evaluation.visit(confirmed))).isEqualTo(Outcome.ELIGIBLE);
        assertThat(Evaluation.outcome(List.of(new Standing.Line("CITY_IN", "MET", "جدة", "جدة", 0, 0)),
                Evaluation.visit(doubted))).isEqualTo(Outcome.NEEDS_REVIEW);

        Visit cancelled = new Visit(1L, "researcher", TODAY, null, "executive", java.time.Instant.EPOCH);
        cancelled.cancel("الأسرة انتقلت");
        assertThat(Evaluation.visit(cancelled)).isEmpty();
        assertThat(Evaluation.visit(null)).isEmpty();
    }

    private static Visit signed(java.util.Map<String, Boolean> findings) {
        return signed(findings, org.ektefaa.eligibility.entity.Recommendation.SUPPORT);
    }

    private static Visit signed(java.util.Map<String, Boolean> findings, org.ektefaa.eligibility.entity.Recommendation advice) {
        Visit visit = new Visit(1L, "researcher", TODAY, null, "executive", java.time.Instant.EPOCH);
        visit.sign(new Visit.Report(findings, 4, null, null, org.ektefaa.eligibility.entity.HousingCondition.FAIR,
                advice, null, null, "باحث", ScoreTest.DRAWING), java.time.Instant.EPOCH);
        return visit;
    }

    @Test
    void aRequiredDocumentIsAnsweredByTheDocumentItNames() {
        assertThat(Evaluation.findingKey(new Standing.Line("DOCUMENT_REQUIRED", "MET", null, "LEASE", 0, 0)))
                .isEqualTo("DOCUMENT_REQUIRED:LEASE");
        assertThat(Evaluation.findingKey(new Standing.Line("CITY_IN", "MET", "جدة", "جدة", 0, 0))).isEqualTo("CITY_IN");
    }

    @Test
    void aCriterionWithoutWhatItReadsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.ektefaa.eligibility.entity.RuleSet(null,
                        TODAY, 12, null, List.of(criterion("INCOME_PER_MEMBER_MAX", null, null, null, null)), "admin",
                        java.time.Instant.now()))
                .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class)
                .hasMessageContaining("rules.error.parameters.INCOME_PER_MEMBER_MAX");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.ektefaa.eligibility.entity.RuleSet(null,
                        TODAY, 12, null, List.of(criterion("AGE_BETWEEN", null, 60, 18, null)), "admin",
                        java.time.Instant.now()))
                .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class);
    }

    /** A support request of a service with criteria of its own: the worse of the file's outcome and the service's lines. */
    @ParameterizedTest(name = "file {0}, service lines {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ELIGIBLE     | MET              | ELIGIBLE
            ELIGIBLE     | MET,UNKNOWN      | NEEDS_REVIEW
            ELIGIBLE     | MET,NOT_MET      | NOT_ELIGIBLE
            ELIGIBLE     | UNKNOWN,NOT_MET  | NOT_ELIGIBLE
            NEEDS_REVIEW | MET              | NEEDS_REVIEW
            NEEDS_REVIEW | NOT_MET          | NOT_ELIGIBLE
            NOT_ELIGIBLE | MET              | NOT_ELIGIBLE
            NOT_ELIGIBLE | UNKNOWN          | NOT_ELIGIBLE
            """)
    void aServicesCriteriaMakeTheRequestNoBetterThanTheFile(Outcome file, String statuses, Outcome expected) {
        Standing own = new Standing(1L, 9L, file, 40, "MEDIUM", "SUBMITTED", java.time.Instant.EPOCH, TODAY,
                List.of(new Standing.Line("INCOME_PER_MEMBER_MAX", file == Outcome.NOT_ELIGIBLE ? "NOT_MET" : "MET",
                        "900", "1500", 0, 0)), List.of());
        List<Standing.Line> lines = java.util.Arrays.stream(statuses.split(","))
                .map(st -> new Standing.Line("HOUSEHOLD_MIN_MEMBERS", st, "2", "3", 0, 0)).toList();
        Standing forService = own.forService("RENT", lines);
        assertThat(forService.outcome()).isEqualTo(expected);
        assertThat(forService.serviceCode()).isEqualTo("RENT");
        assertThat(forService.criteria()).isEqualTo(own.criteria());
        assertThat(forService.serviceCriteria()).isEqualTo(lines);
        assertThat(forService.assessmentId()).as("an override names the file's assessment").isEqualTo(9L);
        assertThat(forService.notMet()).hasSize((int) (own.notMet().size()
                + lines.stream().filter(l -> l.status().equals("NOT_MET")).count()));
        assertThat(own.serviceCode()).isNull();
        assertThat(own.serviceCriteria()).isEmpty();
    }

    @Test
    void rulesAreForACategoryOrAServiceNeverBoth() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.ektefaa.eligibility.entity.RuleSet("WIDOWS",
                        "RENT", TODAY, 12, null, List.of(criterion("HOUSEHOLD_MIN_MEMBERS", null, 3, null, null)),
                        "admin", java.time.Instant.now()))
                .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class).hasMessageContaining("rules.error.scope");
        assertThat(new org.ektefaa.eligibility.entity.RuleSet(null, "RENT", TODAY, 12, null,
                List.of(criterion("HOUSEHOLD_MIN_MEMBERS", null, 3, null, null)), "admin", java.time.Instant.now())
                .scopeKey()).isEqualTo("service:RENT");
    }
}

package org.ektefaa.eligibility.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a researcher's report must hold before it is signed, and that a signed or cancelled visit never changes. */
@org.ektefaa.platform.api.PolicyClause("5.3")
class VisitTest {

    static final String DRAWING = "data:image/png;base64," + "iVBORw0KGgo".repeat(30);

    static Visit due() {
        return new Visit(7L, "researcher", LocalDate.of(2026, 12, 14), "الدخل غير موثق", "executive", Instant.EPOCH);
    }

    static Visit.Report report(String field, String value) {
        Map<String, Boolean> findings = new LinkedHashMap<>();
        findings.put("INCOME_PER_MEMBER_MAX", false);
        findings.put("CITY_IN", true);
        findings.put("DOCUMENT_REQUIRED", null); // not checked: left out
        return new Visit.Report(findings,
                "members".equals(field) ? Integer.valueOf(value) : 5,
                "income".equals(field) ? new BigDecimal(value) : new BigDecimal("2400"),
                new BigDecimal("800"),
                "housing".equals(field) ? null : HousingCondition.POOR,
                "recommendation".equals(field) ? null : Recommendation.SUPPORT,
                "note".equals(field) ? "x".repeat(2001) : "السقف يحتاج إلى ترميم",
                "location".equals(field) ? value : "24.7136,46.6753",
                "name".equals(field) ? value : "نورة الباحثة",
                "drawing".equals(field) ? value : DRAWING);
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            housing,        -,                          visit.error.housing
            recommendation, -,                          visit.error.recommendation
            members,        0,                          visit.error.members
            income,         -5,                         visit.error.amount
            note,           -,                          visit.error.note
            location,       'الرياض',                    visit.error.location
            location,       '24.7;46.6',                visit.error.location
            name,           ' ',                        visit.error.name
            drawing,        -,                          visit.error.signature
            drawing,        'data:text/html;base64,AAAA', visit.error.signature
            """)
    void aReportMissingWhatItMustHoldIsRefusedAndNothingIsKept(String field, String value, String key) {
        Visit visit = due();
        assertThatThrownBy(() -> visit.sign(report(field, value), Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.ASSIGNED);
        assertThat(visit.getFindings()).isEmpty();
        assertThat(visit.getHousingCondition()).isNull();
    }

    @Test
    void aSignedVisitKeepsWhatWasCheckedAndNeverChangesAgain() {
        Visit visit = due();
        visit.sign(report(null, null), Instant.parse("2026-12-10T09:00:00Z"));
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(visit.getFindings()).extracting(VisitFinding::getCode).containsExactly("INCOME_PER_MEMBER_MAX", "CITY_IN");
        assertThat(visit.notConfirmed()).containsExactly("INCOME_PER_MEMBER_MAX");
        assertThat(visit.getLocation()).isEqualTo("24.7136,46.6753");
        assertThatThrownBy(() -> visit.sign(report(null, null), Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("visit.error.closed"));
        assertThatThrownBy(() -> visit.cancel("خطأ"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("visit.error.closed"));
    }

    @Test
    void atLeastOneCriterionIsAnsweredAndALineBreakCountsOnce() {
        Map<String, Boolean> none = new LinkedHashMap<>();
        none.put("CITY_IN", null);
        Visit visit = due();
        assertThatThrownBy(() -> visit.sign(new Visit.Report(none, null, null, null, HousingCondition.GOOD,
                Recommendation.REVIEW, null, null, "نورة", DRAWING), Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("visit.error.findings"));
        // 1,000 lines typed in the browser: 2,000 characters as the page counts them, though each break arrives as two
        String note = "ب\r\n".repeat(1000);
        visit.sign(new Visit.Report(Map.of("CITY_IN", true), null, null, null, HousingCondition.GOOD,
                Recommendation.SUPPORT, note, null, "نورة", DRAWING), Instant.EPOCH);
        assertThat(visit.getNote()).hasSize(1999).doesNotContain("\r");
    }

    @Test
    void aLocationIsTakenAsMapApplicationsCopyItAndAsAnArabicKeyboardTypesIt() {
        Visit copied = due();
        copied.sign(report("location", "24.6213, 46.7120"), Instant.EPOCH);
        assertThat(copied.getLocation()).isEqualTo("24.6213,46.7120");
        Visit typed = due();
        typed.sign(report("location", "24\u066B6213\u060C46\u066B712"), Instant.EPOCH);
        assertThat(typed.getLocation()).isEqualTo("24.6213,46.712");
    }

    @Test
    void aVisitIsOverdueOnlyWhileNotDoneAfterItsDay() {
        Visit visit = due();
        assertThat(visit.isOverdue(LocalDate.of(2026, 12, 14))).isFalse();
        assertThat(visit.isOverdue(LocalDate.of(2026, 12, 15))).isTrue();
        assertThatThrownBy(() -> visit.cancel(" ")).isInstanceOf(RuleViolation.class);
        visit.cancel("الأسرة انتقلت إلى مدينة أخرى");
        assertThat(visit.isOverdue(LocalDate.of(2026, 12, 15))).isFalse();
    }
}

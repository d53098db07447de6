package org.ektefaa.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #23: the executive summary is written from the figures — what improved, what worsened, which targets were
 * missed, the complaints and the actions — and in Arabic every counted noun agrees with its number.
 */
class BoardSummaryTest {

    private static BoardSummary.Kpi kpi(Wording w, String key, String value, String previous, String target,
                                        boolean higherIsBetter, long n) {
        return new BoardSummary.Kpi(key, w.pct(value == null ? null : new BigDecimal(value)),
                w.pct(previous == null ? null : new BigDecimal(previous)), w.pct(target == null ? null : new BigDecimal(target)),
                higherIsBetter, n);
    }

    private static BoardSummary.Facts facts(Wording w, long received, long decided, long answers, long complaints,
                                            long actions) {
        BoardSummary.Kpi csat = kpi(w, "csat", "65.7", "70.0", "85.0", true, answers);
        BoardSummary.Kpi within = kpi(w, "within", "96.0", "90.0", "95.0", true, decided);
        BoardSummary.Kpi median = new BoardSummary.Kpi("median", w.decimal(new BigDecimal("9.0")),
                w.decimal(new BigDecimal("11.0")), w.decimal(new BigDecimal("10.0")), false, decided);
        return new BoardSummary.Facts(received, 12, decided, within, csat, List.of(csat, within, median), complaints, 1,
                actions, actions > 1 ? 1 : 0);
    }

    @Test
    void theSummarySaysWhatImprovedWhatWorsenedAndWhichTargetsWereMissed() {
        Wording w = new Wording("en");
        List<String> sentences = BoardSummary.sentences(facts(w, 40, 25, 120, 3, 2), w);
        assertThat(sentences).hasSizeBetween(4, 6);
        assertThat(String.join(" ", sentences)).contains(
                "40 requests reached the association in the period, against 12 in the previous period.",
                "25 decisions were taken; 96.0% came within the committed period (target 95.0%).",
                "Satisfaction stands at 65.7% from 120 answers, against 70.0% in the previous period.",
                "improved: decisions on time, median days to a decision; worsened: satisfaction (CSAT).",
                "One target was missed: satisfaction (CSAT) at 65.7% against 85.0%.",
                "against 12 in the previous period.",
                "3 complaints were received and one was closed.",
                "2 improvement actions are recorded for the period; one is due next quarter.");
        BoardSummary.Kpi firstAnswers = kpi(w, "csat", "80.0", null, "85.0", true, 40);
        assertThat(BoardSummary.sentences(new BoardSummary.Facts(5, 0, 0, firstAnswers, firstAnswers, List.of(firstAnswers),
                0, 0, 0, 0), w)).as("nothing to compare with is not 'nothing moved'")
                .contains("The previous period has no figures to compare with.")
                .doesNotContain("No key indicator moved from the previous period.");
        assertThat(BoardSummary.sentences(new BoardSummary.Facts(5, 0, 0, firstAnswers, firstAnswers, List.of(firstAnswers),
                0, 0, 0, 0), w).get(2)).as("no previous figure to compare with")
                .isEqualTo("Satisfaction stands at 80.0% from 40 answers.");
        assertThat(String.join(" ", BoardSummary.sentences(facts(w, 1, 0, 0, 0, 0), w))).contains(
                "One request reached", "No decision was taken", "No survey was answered", "No complaint was received.",
                "No improvement action is recorded");
    }

    /** Arabic counts: one (طلبًا واحدًا), two (طلبين), three to ten (طلبات), eleven to ninety-nine (طلبًا), a hundred (طلب). */
    @Test
    void arabicNounsAgreeWithTheirNumbers() {
        Wording w = new Wording("ar");
        assertThat(first(w, 1)).startsWith("تلقت الجمعية في هذه الفترة طلبًا واحدًا");
        assertThat(first(w, 2)).startsWith("تلقت الجمعية في هذه الفترة طلبين");
        assertThat(first(w, 5)).startsWith("تلقت الجمعية في هذه الفترة ٥ طلبات");
        assertThat(first(w, 11)).startsWith("تلقت الجمعية في هذه الفترة ١١ طلبًا");
        assertThat(first(w, 100)).startsWith("تلقت الجمعية في هذه الفترة ١٠٠ طلب،");
        assertThat(first(w, 0)).startsWith("لم تتلقَّ الجمعية أي طلب");
        assertThat(first(w, 40)).endsWith("مقابل ١٢ طلبًا في الفترة السابقة.");
        assertThat(BoardSummary.sentences(new BoardSummary.Facts(3, 0, 0, kpi(w, "within", null, null, "95.0", true, 0),
                kpi(w, "csat", null, null, "85.0", true, 0), List.of(), 0, 0, 0, 0), w).get(0))
                .isEqualTo("تلقت الجمعية في هذه الفترة ٣ طلبات، ولم يرد أي طلب في الفترة السابقة.");
        List<String> sentences = BoardSummary.sentences(facts(w, 40, 3, 2, 2, 4), w);
        assertThat(sentences.get(1)).startsWith("صدرت ٣ قرارات");
        assertThat(sentences.get(2)).startsWith("بلغ الرضا ٦٥٫٧٪ من إجابتين");
        assertThat(sentences.get(4)).as("one target missed, on two answers")
                .isEqualTo("لم يتحقق أحد المستهدفات: الرضا: ٦٥٫٧٪ (المستهدف ٨٥٫٠٪)، من إجابتين فقط †.");
        assertThat(sentences.get(5)).contains("وردت شكويان", "سُجلت ٤ إجراءات تحسين لهذه الفترة، يحل موعد واحد منها");
    }

    private static String first(Wording w, long received) {
        return BoardSummary.sentences(facts(w, received, 0, 0, 0, 0), w).get(0);
    }

    @Test
    void aKeyIndicatorKnowsWhetherItMetItsTargetAndWhichWayItMoved() {
        Wording w = new Wording("en");
        BoardSummary.Kpi median = new BoardSummary.Kpi("median", w.decimal(new BigDecimal("9.0")),
                w.decimal(new BigDecimal("11.0")), w.decimal(new BigDecimal("10.0")), false, 5);
        assertThat(median.status()).as("fewer days than the target").isEqualTo(BoardSummary.Status.MET);
        assertThat(median.direction()).isEqualTo(BoardSummary.Direction.DOWN);
        BoardSummary.Kpi unknown = kpi(w, "csat", null, "70.0", "85.0", true, 0);
        assertThat(unknown.status()).isNull();
        assertThat(unknown.direction()).isNull();
    }

    /**
     * Review of #23: the volunteer's certificate is worded for a woman as for a man, and its hours agree with their
     * number in Arabic (one, two, three to ten, eleven and more, a fraction) and in English.
     */
    @Test
    void theCertificateCountsHoursGrammaticallyForAnyVolunteer() {
        Wording ar = new Wording("ar");
        java.util.function.Function<String, String> hours = n -> ar.plural("certificate.text", "جمعية اكتفاء", "ريم",
                "V-26-0001", new java.math.BigDecimal(n));
        assertThat(hours.apply("1")).contains("بلغت ساعة واحدة");
        assertThat(hours.apply("2")).contains("بلغت ساعتين");
        assertThat(hours.apply("3")).contains("٣ ساعات");
        assertThat(hours.apply("12")).contains("١٢ ساعةً");
        assertThat(hours.apply("100")).contains("١٠٠ ساعة،");
        assertThat(hours.apply("12.5")).contains("١٢٫٥ ساعة،");
        assertThat(hours.apply("12")).doesNotContain("قدّم", "المتطوع ", "عطاءه");
        Wording en = new Wording("en");
        assertThat(en.plural("certificate.text", "Ektefaa", "Reem", "V-26-0001", java.math.BigDecimal.ONE))
                .contains("amount to 1 hour,");
        assertThat(en.plural("certificate.text", "Ektefaa", "Reem", "V-26-0001", new java.math.BigDecimal("12.5")))
                .contains("amount to 12.5 hours,");
    }
}

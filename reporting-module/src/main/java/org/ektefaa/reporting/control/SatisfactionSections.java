package org.ektefaa.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The sections that explain the satisfaction figures (issue #23): how they were obtained (the board quarterly's
 * methodology) and how the answers spread over each question's scale (the satisfaction detail report); and the mark of
 * a small sample.
 */
public final class SatisfactionSections {

    /** Below this many answers a percentage moves by several points with a handful of answers: flagged, not hidden. */
    public static final int SMALL_SAMPLE = 30;

    private SatisfactionSections() {
    }

    /**
     * How the satisfaction figures were obtained: the channels of the survey, the answers and the invitations behind
     * them, anonymity and the minimum group, why no employee is ranked, and which samples are small.
     */
    public static void methodology(List<ReportLine> lines, Figures.Satisfaction s, Wording w) {
        lines.add(ReportLine.section(w.t("methodology")));
        lines.add(ReportLine.text(w.t("methodology.collected")));
        lines.add(ReportLine.text(w.plural("methodology.sample", s.answered(), s.invited(), w.percent(s.responseRate()))));
        lines.add(ReportLine.text(w.t("methodology.anonymity")));
        lines.add(ReportLine.text(w.plural("methodology.small", SMALL_SAMPLE)));
    }

    /** Each question's answers spread over its scale: how many gave each score, and their share. */
    public static void distributions(List<ReportLine> lines, Period period, Wording w, Figures figures) {
        lines.add(ReportLine.section(w.t("distribution")));
        String[][] questions = {{"overall", "1", "5"}, {"speed", "1", "5"}, {"courtesy", "1", "5"}, {"clarity", "1", "5"},
            {"effort", "1", "7"}, {"recommend", "0", "10"}};
        for (String[] q : questions) {
            Map<Integer, Long> counts = figures.distribution(q[0], period);
            long n = counts.values().stream().mapToLong(Long::longValue).sum();
            lines.add(ReportLine.header(w.t("distribution." + q[0]), w.t("distribution.answers"), w.t("distribution.share"),
                    "", ""));
            for (int score = Integer.parseInt(q[1]); score <= Integer.parseInt(q[2]); score++) {
                long k = counts.getOrDefault(score, 0L);
                lines.add(ReportLine.row(w.number(score), w.count(k), n == 0 ? "—"
                        : w.pct(BigDecimal.valueOf(k * 100).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP)), "", ""));
            }
        }
    }

    /** The suggestions written in surveys, grouped by the theme the quality officer gave them: counts, never names. */
    public static void suggestionThemes(List<ReportLine> lines, Figures.Suggestions suggestions, Wording w) {
        lines.add(ReportLine.section(w.t("suggestions.byTheme")));
        if (suggestions.themes().isEmpty()) {
            lines.add(ReportLine.text(w.t("suggestions.noThemes")));
            return;
        }
        lines.add(ReportLine.header(w.t("suggestions.theme"), w.t("count"), "", "", ""));
        suggestions.themes().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> lines.add(ReportLine.row(e.getKey(), w.count(e.getValue()), "", "", "")));
    }

    /** A sample size, marked † when small (fewer than {@link #SMALL_SAMPLE}, but some). */
    public static Cell sample(Wording w, long n) {
        Cell count = w.count(n);
        return n > 0 && n < SMALL_SAMPLE ? new Cell(count.text() + " †", count.number(), null, count.unit()) : count;
    }
}

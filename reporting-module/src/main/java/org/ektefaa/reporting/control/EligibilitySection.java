package org.ektefaa.reporting.control;

import java.util.List;
import java.util.Map;

/**
 * The reports' eligibility section (issue #26, policy §5.1-§5.4): whether the rules are applied — the outcomes of the
 * files assessed on submission, the decisions taken against an assessment with the executive's reason (counted, never
 * quoted: a reason may name a family's situation), renewals, home visits signed and late at the period's end, and each
 * category's need profile (its files as last assessed in the period, by band). In the monthly and quarterly reports.
 */
public final class EligibilitySection {

    private EligibilitySection() {
    }

    /** Adds the section for the period's figures {@code e} beside the previous period's; categories' names by code. */
    public static void lines(List<ReportLine> lines, Figures.Eligibility e, Figures.Eligibility before,
                             Map<String, String> categories, Wording w) {
        lines.add(ReportLine.section(w.t("eligibility")));
        lines.add(ReportLine.text(w.t("eligibility.note")));
        lines.add(ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), "", ""));
        lines.add(ReportLine.row(w.t("eligibility.assessed"), w.count(e.assessed()), w.count(before.assessed()), "", ""));
        for (String outcome : List.of("ELIGIBLE", "NOT_ELIGIBLE", "NEEDS_REVIEW")) {
            lines.add(ReportLine.row(w.t("eligibility.outcome." + outcome), w.count(e.outcomes().getOrDefault(outcome, 0L)),
                    w.count(before.outcomes().getOrDefault(outcome, 0L)), "", ""));
        }
        lines.add(ReportLine.row(w.t("eligibility.approvedAgainst"), w.count(e.approvedAgainst()),
                w.count(before.approvedAgainst()), "", ""));
        lines.add(ReportLine.row(w.t("eligibility.refusedAgainst"), w.count(e.refusedAgainst()),
                w.count(before.refusedAgainst()), "", ""));
        lines.add(ReportLine.row(w.t("eligibility.renewed"), w.count(e.renewed()), w.count(before.renewed()), "", ""));
        lines.add(ReportLine.row(w.t("eligibility.visitsDone"), w.count(e.visitsDone()), w.count(before.visitsDone()), "", ""));
        lines.add(ReportLine.row(w.t("eligibility.visitsLate"), w.count(e.visitsLate()), w.count(before.visitsLate()), "", ""));
        if (e.bands().isEmpty()) {
            lines.add(ReportLine.text(w.t("eligibility.noProfile")));
            return;
        }
        lines.add(ReportLine.header(w.t("eligibility.profile"), w.t("eligibility.band.HIGH"), w.t("eligibility.band.MEDIUM"),
                w.t("eligibility.band.LOW"), w.t("eligibility.files")));
        e.bands().forEach((category, bands) -> lines.add(ReportLine.row(
                category.isEmpty() ? w.t("eligibility.noCategory") : categories.getOrDefault(category, category),
                w.count(bands.getOrDefault("HIGH", 0L)), w.count(bands.getOrDefault("MEDIUM", 0L)),
                w.count(bands.getOrDefault("LOW", 0L)),
                w.count(bands.values().stream().mapToLong(Long::longValue).sum()))));
    }
}

package org.ektefaa.reporting.control;

import java.util.List;

/**
 * The reports' volunteering section: active volunteers, approved hours, opportunities served, registrations and
 * approvals, and the beneficiaries registered, each beside the previous period.
 */
public final class VolunteeringSection {

    private VolunteeringSection() {
    }

    public static void lines(List<ReportLine> lines, Figures.Volunteering v, Figures.Volunteering before,
                             long registered, long registeredBefore, Wording w) {
        lines.add(ReportLine.section(w.t("volunteering")));
        lines.add(ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), "", ""));
        lines.add(ReportLine.row(w.t("volunteering.active"), w.count(v.activeVolunteers()), w.count(before.activeVolunteers()), "", ""));
        lines.add(ReportLine.row(w.t("volunteering.hours"), w.decimal(v.hours()), w.decimal(before.hours()), "", ""));
        lines.add(ReportLine.row(w.t("volunteering.opportunities"), w.count(v.opportunities()), w.count(before.opportunities()), "", ""));
        lines.add(ReportLine.row(w.t("volunteering.registered"), w.count(v.registered()), w.count(before.registered()), "", ""));
        lines.add(ReportLine.row(w.t("volunteering.approved"), w.count(v.approved()), w.count(before.approved()), "", ""));
        lines.add(ReportLine.row(w.t("beneficiaries.registered"), w.count(registered), w.count(registeredBefore), "", ""));
    }
}

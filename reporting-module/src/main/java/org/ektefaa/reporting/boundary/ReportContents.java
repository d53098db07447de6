package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.Role;
import org.ektefaa.reporting.control.ActionSections;
import org.ektefaa.reporting.control.BoardSummary;
import org.ektefaa.reporting.control.Charts;
import org.ektefaa.reporting.control.EligibilitySection;
import org.ektefaa.reporting.control.SatisfactionSections;
import org.ektefaa.reporting.control.Figures;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.boundary.Reports.Kind;
import org.ektefaa.reporting.entity.ImprovementAction;
import org.ektefaa.reporting.entity.Targets;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.requests.api.RequestType;

/**
 * What a periodic report says, section by section (the summary against the targets, requests, the 14-day commitment,
 * satisfaction, complaints and suggestions, volunteering, the improvement actions, the policy's clauses): the lines
 * its PDF prints ({@link Reports}) and its exports hold. (The sections give way to the templates of issue #23.)
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportContents {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    PolicyFigures policy;

    @Inject
    RequestDirectory requests;

    @Inject
    ImprovementPlan plan;

    @Inject
    java.time.Clock clock;

    /** The lines of a report: what its PDF prints and its CSV export contains. */
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<ReportLine> lines(Kind kind, Period period, Wording w) {
        List<ReportLine> lines = new ArrayList<>();
        Memo memo = new Memo(figures, kind == Kind.QUARTERLY);
        switch (kind) {
            case QUARTERLY -> {
                summary(lines, period, w, memo);
                requests(lines, period, w, memo);
                commitment(lines, period, w, memo);
                satisfaction(lines, period, w, true, memo);
                SatisfactionSections.methodology(lines, memo.satisfaction(period), w);
                complaints(lines, period, w, memo);
                eligibility(lines, period, w);
                volunteering(lines, period, w);
                actions(lines, period, w);
                conformance(lines, period, w);
            }
            case MONTHLY -> {
                requests(lines, period, w, memo);
                commitment(lines, period, w, memo);
                complaints(lines, period, w, memo);
                eligibility(lines, period, w);
                volunteering(lines, period, w);
            }
            case SATISFACTION -> {
                satisfaction(lines, period, w, false, memo);
                SatisfactionSections.distributions(lines, period, w, figures);
                SatisfactionSections.suggestionThemes(lines, figures.suggestions(period), w);
            }
        }
        return lines;
    }

    /**
     * The figures one report asks for several times (the summary, the requests and the commitment sections all
     * need the period's decisions), computed once per report.
     */
    private static final class Memo {
        private final Figures figures;
        private final boolean quarterly;
        private final Map<Period, Figures.Commitment> commitments = new java.util.HashMap<>();
        private final Map<Period, Figures.Satisfaction> satisfaction = new java.util.HashMap<>();
        private final Map<Period, Figures.Counts> channels = new java.util.HashMap<>();
        private final Map<Period, long[]> complaints = new java.util.HashMap<>();

        Memo(Figures figures, boolean quarterly) {
            this.figures = figures;
            this.quarterly = quarterly;
        }

        Figures.Commitment commitment(Period period) {
            return commitments.computeIfAbsent(period, figures::commitment);
        }

        Figures.Satisfaction satisfaction(Period period) {
            return satisfaction.computeIfAbsent(period, figures::satisfaction);
        }

        /** Requests received by channel: the summary and the requests section both count them. */
        Figures.Counts channels(Period period) {
            return channels.computeIfAbsent(period, p -> figures.received(p, "channel"));
        }

        /** Complaints received and closed: the summary and the complaints section both count them. */
        long[] complaints(Period period) {
            return complaints.computeIfAbsent(period, p -> figures.receivedAndClosed(p, RequestType.COMPLAINT));
        }
    }

    private void summary(List<ReportLine> lines, Period period, Wording w, Memo memo) {
        Period before = period.previous();
        Targets targets = em.find(Targets.class, Targets.ID);
        Figures.Satisfaction now = memo.satisfaction(period);
        Figures.Satisfaction then = memo.satisfaction(before);
        Figures.Commitment c = memo.commitment(period);
        Figures.Commitment cBefore = memo.commitment(before);
        BoardSummary.Kpi csat = new BoardSummary.Kpi("csat", w.pct(now.csat()), w.pct(then.csat()),
                w.pct(targets.getCsat()), true, now.csat().n());
        BoardSummary.Kpi nps = new BoardSummary.Kpi("nps", w.score(now.nps()), w.score(then.nps()),
                w.score(targets.getNps()), true, now.nps().n());
        BoardSummary.Kpi within = new BoardSummary.Kpi("within", w.pct(c.share()), w.pct(cBefore.share()),
                w.pct(targets.getWithinCommitment()), true, c.decided());
        BoardSummary.Kpi median = new BoardSummary.Kpi("median", w.decimal(c.medianDays()),
                w.decimal(cBefore.medianDays()), w.decimal(targets.getMedianDays()), false, c.decided());
        BoardSummary.Kpi response = new BoardSummary.Kpi("response", w.pct(now.responseRate()),
                w.pct(then.responseRate()), w.pct(targets.getResponseRate()), true, now.responseRate().n());
        List<BoardSummary.Kpi> kpis = List.of(csat, nps, within, median, response);

        // the executive summary, written from the figures (issue #23)
        if (memo.quarterly) {
            long[] complaints = memo.complaints(period);
            List<ImprovementAction> actions = plan.actionsFor(period);
            java.time.LocalDate nextEnd = period.end().plusMonths(3);
            long dueNext = actions.stream().filter(a -> a.getDueOn() != null && a.getDueOn().isAfter(period.end())
                    && !a.getDueOn().isAfter(nextEnd)).count();
            lines.add(ReportLine.section(w.t("summary.title")));
            BoardSummary.sentences(new BoardSummary.Facts(memo.channels(period).total(),
                    memo.channels(before).total(), c.decided(), within, csat, kpis, complaints[0],
                    complaints[1], actions.size(), dueNext), w).forEach(sentence -> lines.add(ReportLine.text(sentence)));
        }

        lines.add(ReportLine.section(w.t("summary")));
        lines.add(ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), w.t("target"), w.t("sample")));
        lines.add(ReportLine.kpi(w.t("kpi.csat"), csat, SatisfactionSections.sample(w, now.csat().n())));
        lines.add(ReportLine.kpi(w.t("kpi.nps"), nps, SatisfactionSections.sample(w, now.nps().n())));
        lines.add(ReportLine.kpi(w.t("kpi.within"), within, SatisfactionSections.sample(w, c.decided())));
        lines.add(ReportLine.kpi(w.t("kpi.median"), median, SatisfactionSections.sample(w, c.decided())));
        lines.add(ReportLine.kpi(w.t("kpi.response"), response, SatisfactionSections.sample(w, now.responseRate().n())));
        lines.add(ReportLine.text(w.t("summary.legend")));
    }

    private void requests(List<ReportLine> lines, Period period, Wording w, Memo memo) {
        Period before = period.previous();
        lines.add(ReportLine.section(w.t("requests")));
        Figures.Counts channels = memo.channels(period);
        Figures.Counts channelsBefore = memo.channels(before);
        lines.add(ReportLine.header(w.t("requests.byChannel"), w.t("thisPeriod"), w.t("previousPeriod"), "", ""));
        channels.byKey().forEach((k, n) -> lines.add(ReportLine.row(w.channel(k), w.count(n),
                w.count(channelsBefore.byKey().getOrDefault(k, 0L)), "", "")));
        lines.add(ReportLine.row(w.t("requests.total"), w.count(channels.total()), w.count(channelsBefore.total()), "", ""));
        Figures.Counts types = figures.received(period, "type");
        Figures.Counts typesBefore = figures.received(before, "type");
        lines.add(ReportLine.header(w.t("requests.byType"), w.t("thisPeriod"), w.t("previousPeriod"), "", ""));
        types.byKey().forEach((k, n) -> lines.add(ReportLine.row(w.type(k), w.count(n),
                w.count(typesBefore.byKey().getOrDefault(k, 0L)), "", "")));
        Figures.Commitment c = memo.commitment(period);
        Figures.Commitment cBefore = memo.commitment(before);
        lines.add(ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), "", ""));
        lines.add(ReportLine.row(w.t("requests.approved"), w.count(c.approved()), w.count(cBefore.approved()), "", ""));
        lines.add(ReportLine.row(w.t("requests.rejected"), w.count(c.rejected()), w.count(cBefore.rejected()), "", ""));
        lines.add(ReportLine.row(w.t("requests.backlog"), w.count(figures.backlogAt(period)), w.count(figures.backlogAt(before)), "", ""));
        lines.add(ReportLine.row(w.t("requests.overdue"), w.count(figures.overdueAt(period)), w.count(figures.overdueAt(before)), "", ""));
    }

    private void commitment(List<ReportLine> lines, Period period, Wording w, Memo memo) {
        Figures.Commitment c = memo.commitment(period);
        lines.add(ReportLine.section(w.t("commitment")));
        lines.add(ReportLine.header(w.t("indicator"), w.t("thisPeriod"), "", "", w.t("sample")));
        lines.add(ReportLine.row(w.t("commitment.decided"), w.count(c.decided()), "", "", ""));
        lines.add(ReportLine.row(w.t("commitment.met"), w.pct(c.share()), "", "", w.count(c.decided())));
        lines.add(ReportLine.row(w.t("kpi.median"), w.decimal(c.medianDays()), "", "", w.count(c.decided())));
        Map<String, Number> buckets = new LinkedHashMap<>();
        int[][] ranges = {{0, 3}, {4, 7}, {8, 10}, {11, 14}, {15, 21}, {22, Integer.MAX_VALUE}};
        for (int[] r : ranges) {
            long n = c.daysHistogram().entrySet().stream().filter(e -> e.getKey() >= r[0] && e.getKey() <= r[1])
                    .mapToLong(Map.Entry::getValue).sum();
            buckets.put(r[1] == Integer.MAX_VALUE ? w.number(r[0]) + "+" : w.number(r[0]) + "–" + w.number(r[1]), n);
        }
        if (c.decided() > 0) {
            lines.add(ReportLine.image(Charts.bars(w.t("commitment.chart"), w.t("chart.days"), w.t("chart.decisions"),
                    buckets, w.rtl(), w.digits())));
        }
        // the longest delays: a table when there are some, a sentence when none (no header over nothing)
        if (c.worst().isEmpty()) {
            lines.add(ReportLine.text(w.t("commitment.none")));
        } else {
            lines.add(ReportLine.header(w.t("commitment.worst"), w.t("commitment.daysTaken"), w.t("commitment.due"), "", ""));
        }
        for (Figures.Late late : c.worst()) {
            lines.add(ReportLine.row(late.trackingNumber(), w.decimal(late.days()), w.day(late.dueDate()), "", ""));
        }
    }

    private void satisfaction(List<ReportLine> lines, Period period, Wording w, boolean quarters, Memo memo) {
        Figures.Satisfaction s = memo.satisfaction(period);
        Figures.Satisfaction before = memo.satisfaction(period.previous());
        lines.add(ReportLine.section(w.t("satisfaction")));
        lines.add(ReportLine.text(w.t("satisfaction.note")));
        lines.add(ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), "", w.t("sample")));
        lines.add(ReportLine.row(w.t("kpi.csat"), w.pct(s.csat()), w.pct(before.csat()), "", SatisfactionSections.sample(w, s.csat().n())));
        lines.add(ReportLine.row(w.t("satisfaction.dimension.speed"), w.pct(s.speed()), w.pct(before.speed()), "", SatisfactionSections.sample(w, s.speed().n())));
        lines.add(ReportLine.row(w.t("satisfaction.dimension.courtesy"), w.pct(s.courtesy()), w.pct(before.courtesy()), "", SatisfactionSections.sample(w, s.courtesy().n())));
        lines.add(ReportLine.row(w.t("satisfaction.dimension.clarity"), w.pct(s.clarity()), w.pct(before.clarity()), "", SatisfactionSections.sample(w, s.clarity().n())));
        lines.add(ReportLine.row(w.t("kpi.nps"), w.score(s.nps()), w.score(before.nps()), "", SatisfactionSections.sample(w, s.nps().n())));
        lines.add(ReportLine.row(w.t("kpi.ces"), w.score(s.ces()), w.score(before.ces()), "", SatisfactionSections.sample(w, s.ces().n())));
        lines.add(ReportLine.row(w.t("kpi.dissatisfied"), w.pct(s.dissatisfied()), w.pct(before.dissatisfied()), "",
                w.count(s.dissatisfied().n())));
        lines.add(ReportLine.row(w.t("kpi.response"), w.pct(s.responseRate()), w.pct(before.responseRate()), "",
                w.count(s.responseRate().n())));
        lines.add(ReportLine.header(w.t("satisfaction.byChannel"), w.t("thisPeriod"), "", "", w.t("sample")));
        s.csatByChannel().forEach((k, f) -> lines.add(ReportLine.row(w.channel(k), w.pct(f), "", "", SatisfactionSections.sample(w, f.n()))));
        Map<String, String> services = requests.serviceNames(w.locale());
        lines.add(ReportLine.header(w.t("satisfaction.byService"), w.t("thisPeriod"), "", "", w.t("sample")));
        s.csatByService().forEach((k, f) -> lines.add(ReportLine.row(k.isEmpty() ? w.t("service.none") : services.getOrDefault(k, k),
                w.pct(f), "", "", SatisfactionSections.sample(w, f.n()))));
        Map<String, Number> csat = new LinkedHashMap<>();
        Map<String, Number> nps = new LinkedHashMap<>();
        List<Period> trend = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < (quarters ? 4 : 12); i++) {
            trend.add(0, p);
            p = p.previous();
        }
        for (Period each : trend) {
            Figures.Satisfaction f = memo.satisfaction(each);
            String label = quarters ? w.t("quarter", each.quarter(), w.year(each.start().getYear()))
                    : w.month(each.start());
            csat.put(label, f.csat().isKnown() ? f.csat().value() : null);
            nps.put(label, f.nps().isKnown() ? f.nps().value() : null);
        }
        // one measure per chart (issue #23): satisfaction in percent, the NPS on its own scale
        String periods = w.t(quarters ? "chart.quarters" : "chart.months");
        lines.add(ReportLine.image(Charts.lines(w.t(quarters ? "satisfaction.trend" : "satisfaction.trendMonths"), periods,
                w.t("chart.percent"), Map.of(w.t("kpi.csat"), csat), w.rtl(), 0, 100, w.digits())));
        lines.add(ReportLine.image(Charts.lines(w.t(quarters ? "satisfaction.trendNps" : "satisfaction.trendNpsMonths"),
                periods, w.t("chart.points"), Map.of(w.t("kpi.nps"), nps), w.rtl(), -100, 100, w.digits())));
    }

    private void complaints(List<ReportLine> lines, Period period, Wording w, Memo memo) {
        lines.add(ReportLine.section(w.t("complaints")));
        lines.add(ReportLine.header(w.t("indicator"), w.t("count"), "", "", ""));
        long[] complaints = memo.complaints(period);
        long[] suggestions = figures.receivedAndClosed(period, RequestType.SUGGESTION);
        long[] followUps = figures.receivedAndClosed(period, RequestType.FOLLOW_UP);
        lines.add(ReportLine.row(w.t("complaints.received"), w.count(complaints[0]), "", "", ""));
        lines.add(ReportLine.row(w.t("complaints.closed"), w.count(complaints[1]), "", "", ""));
        lines.add(ReportLine.row(w.t("suggestions.received"), w.count(suggestions[0]), "", "", ""));
        lines.add(ReportLine.row(w.t("suggestions.closed"), w.count(suggestions[1]), "", "", ""));
        lines.add(ReportLine.row(w.t("followups.received"), w.count(followUps[0]), "", "", ""));
        lines.add(ReportLine.row(w.t("followups.closed"), w.count(followUps[1]), "", "", ""));
        Figures.Suggestions survey = figures.suggestions(period);
        long written = survey.byStatus().values().stream().mapToLong(Long::longValue).sum();
        lines.add(ReportLine.row(w.t("suggestions.written"), w.count(written), "", "", ""));
        lines.add(ReportLine.row(w.t("suggestions.understudy"), w.count(survey.byStatus().getOrDefault("UNDER_STUDY", 0L)), "", "", ""));
        lines.add(ReportLine.row(w.t("suggestions.adopted"), w.count(survey.byStatus().getOrDefault("ADOPTED", 0L)), "", "", ""));
        if (!survey.themes().isEmpty()) {
            lines.add(ReportLine.text(w.t("suggestions.themes") + " " + String.join(w.rtl() ? "، " : ", ",
                    survey.themes().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .limit(8).map(e -> e.getKey() + " (" + w.n(e.getValue()) + ")").toList())));
        }
        List<Figures.ComplaintTheme> themes = figures.complaintThemes(period);
        if (themes.isEmpty()) {
            lines.add(ReportLine.text(w.t("complaints.noThemes")));
        } else {
            Map<String, String> names = requests.complaintThemes(w.locale());
            lines.add(ReportLine.header(w.t("complaints.theme"), w.t("complaints.resolved"), w.t("complaints.upheld"),
                    w.t("complaints.notUpheld"), ""));
            for (Figures.ComplaintTheme t : themes) {
                lines.add(ReportLine.row(names.getOrDefault(t.code(), t.code()), w.count(t.resolved()), w.count(t.upheld()),
                        w.count(t.resolved() - t.upheld()), ""));
            }
        }
    }

    /** Whether the eligibility rules are applied (issue #26): {@link EligibilitySection}. */
    private void eligibility(List<ReportLine> lines, Period period, Wording w) {
        Figures.Eligibility now = figures.eligibility(period);
        EligibilitySection.lines(lines, now, figures.eligibility(period.previous()),
                now.bands().isEmpty() ? Map.of() : files.categoryNames(w.locale()), w);
    }

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    private void volunteering(List<ReportLine> lines, Period period, Wording w) {
        org.ektefaa.reporting.control.VolunteeringSection.lines(lines, figures.volunteering(period),
                figures.volunteering(period.previous()), figures.beneficiariesRegistered(period),
                figures.beneficiariesRegistered(period.previous()), w);
    }

    private void actions(List<ReportLine> lines, Period period, Wording w) {
        // the actions' status as of the period's end, or today while the period runs
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        ActionSections.actions(lines, plan.actionsFor(period), plan.actionsFor(period.previous()),
                today.isBefore(period.end()) ? today : period.end().plusDays(1), clock.getZone(), w);
    }

    private void conformance(List<ReportLine> lines, Period period, Wording w) {
        lines.add(ReportLine.section(w.t("conformance")));
        for (PolicyFigures.Clause clause : policy.clauses(period, w.locale().getLanguage())) {
            if (clause.figure() != null) {
                lines.add(ReportLine.text("§" + clause.number() + " — " + clause.figure()));
            }
        }
    }
}

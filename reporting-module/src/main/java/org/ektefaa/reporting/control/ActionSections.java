package org.ektefaa.reporting.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ektefaa.reporting.entity.ImprovementAction;

/**
 * The board quarterly's improvement actions (issue #23): the period's actions with their owner, due date and status
 * (done on a day, overdue, open), then the previous period's followed up — what became of what the board saw last time.
 */
public final class ActionSections {

    private ActionSections() {
    }

    public static void actions(List<ReportLine> lines, List<ImprovementAction> current, List<ImprovementAction> previous,
                               LocalDate asOf, ZoneId zone, Wording w) {
        lines.add(ReportLine.section(w.t("actions")));
        table(lines, current, asOf, zone, w, "actions.none");
        lines.add(ReportLine.section(w.t("actions.followUp")));
        table(lines, previous, asOf, zone, w, "actions.followUp.none");
    }

    private static void table(List<ReportLine> lines, List<ImprovementAction> actions, LocalDate asOf, ZoneId zone,
                              Wording w, String none) {
        if (actions.isEmpty()) {
            lines.add(ReportLine.text(w.t(none)));
            return;
        }
        lines.add(ReportLine.header(w.t("actions.action"), w.t("actions.owner"), w.t("actions.due"), w.t("actions.status"), ""));
        for (ImprovementAction action : actions) {
            lines.add(ReportLine.row(action.getText(), action.getOwner() == null ? "—" : action.getOwner(),
                    action.getDueOn() == null ? Cell.text("—") : w.day(action.getDueOn()), status(action, asOf, zone, w), ""));
        }
    }

    /** Done (on a day), overdue (its day passed by {@code asOf}), or open. */
    static String status(ImprovementAction action, LocalDate asOf, ZoneId zone, Wording w) {
        if (action.isDone()) {
            // the day in the Hijri calendar only: both calendars do not fit the status column (review of #23)
            return w.t("actions.status.done", org.ektefaa.platform.api.saudi.HijriDates.hijri(
                    LocalDate.ofInstant(action.getDoneAt(), zone), w.locale()));
        }
        return action.getDueOn() != null && action.getDueOn().isBefore(asOf) ? w.t("actions.status.overdue")
                : w.t("actions.status.open");
    }
}

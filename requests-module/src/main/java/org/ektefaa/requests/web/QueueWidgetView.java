package org.ektefaa.requests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ektefaa.requests.boundary.Decisions;

/** The dashboard widget: how many decisions wait, how many are at risk and overdue. */
@Named
@RequestScoped
public class QueueWidgetView {

    @Inject
    Decisions decisions;

    private Decisions.QueueSummary summary;

    private Decisions.QueueSummary summary() {
        if (summary == null) {
            summary = decisions.queueSummary();
        }
        return summary;
    }

    public long getWaiting() {
        return summary().waiting();
    }

    public long getAtRisk() {
        return summary().atRisk();
    }

    public long getDueThisWeek() {
        return summary().dueThisWeek();
    }

    public long getOverdue() {
        return summary().overdue();
    }
}

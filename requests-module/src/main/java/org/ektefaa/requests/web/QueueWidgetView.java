package org.ektefaa.requests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.entity.AidRequest;

/** The dashboard widget: how many decisions wait, how many are at risk and overdue. */
@Named
@RequestScoped
public class QueueWidgetView {

    @Inject
    Decisions decisions;

    private List<AidRequest> queue;
    private LocalDate today;

    private List<AidRequest> queue() {
        if (queue == null) {
            queue = decisions.queue();
            today = decisions.today();
        }
        return queue;
    }

    public int getWaiting() {
        return queue().size();
    }

    public long getAtRisk() {
        return queue().stream().filter(r -> r.isAtRisk(today)).count();
    }

    public long getDueThisWeek() {
        return queue().stream().filter(r -> r.getDueDate() != null && r.daysLeft(today) >= 0 && r.daysLeft(today) <= 7
                && r.getStatus() == org.ektefaa.requests.entity.RequestStatus.RAISED).count();
    }

    public long getOverdue() {
        return queue().stream().filter(r -> r.isOverdue(today)).count();
    }
}

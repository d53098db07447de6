package org.ektefaa.requests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.RequestStatus;

/** The dashboard widget: open requests by status, and this month's requests by channel (policy §4). */
@Named
@RequestScoped
public class RequestsWidgetView {


    @Inject
    RequestQueries queries;

    @Inject
    Clock clock;

    private Map<RequestStatus, Long> open;
    private Map<ContactChannel, Long> thisMonth;

    public Map<RequestStatus, Long> getOpen() {
        if (open == null) {
            open = queries.openByStatus();
        }
        return open;
    }

    public Map<ContactChannel, Long> getThisMonth() {
        if (thisMonth == null) {
            LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
            thisMonth = queries.receivedPerChannel(first.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        return thisMonth;
    }
}

package org.ektefaa.requests.web;

import org.ektefaa.platform.api.Allowances;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.boundary.RequestQueries;

/**
 * {@code /public/status.xhtml}: anyone follows a request with its tracking number and the last four digits
 * of the mobile given with it (policy §3.4). Nothing personal is shown; a wrong combination and an unknown
 * number get the same answer; each address may ask 20 times in 10 minutes.
 */
@Named
@RequestScoped
public class PublicStatusView {

    @Inject
    Allowances allowances;

    @Inject
    Notices notices;



    @Inject
    RequestQueries queries;

    private String trackingNumber;
    private String lastFour;
    private RequestQueries.PublicStatus result;

    public void lookUp() {
        if (!allowances.visitorMay("requests.status-lookups", 20, Duration.ofMinutes(10))) {
            notices.error("req", "status.tooMany");
            return;
        }
        result = queries.publicStatus(trackingNumber, lastFour).orElse(null);
        if (result == null) {
            notices.warn("req", "status.notFound");
        }
    }

    public RequestQueries.PublicStatus getResult() {
        return result;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getLastFour() {
        return lastFour;
    }

    public void setLastFour(String lastFour) {
        this.lastFour = lastFour;
    }
}

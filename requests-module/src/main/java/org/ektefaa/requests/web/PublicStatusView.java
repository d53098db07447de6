package org.ektefaa.requests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.ektefaa.platform.api.RateLimit;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.platform.api.web.ClientAddress;

/**
 * {@code /public/status.xhtml}: anyone follows a request with its tracking number and the last four digits
 * of the mobile given with it (policy §3.4). Nothing personal is shown; a wrong combination and an unknown
 * number get the same answer; each address may ask 20 times in 10 minutes.
 */
@Named
@RequestScoped
public class PublicStatusView {

    private static final RateLimit LIMIT = new RateLimit(20, Duration.ofMinutes(10), Clock.systemUTC());


    @Inject
    RequestQueries queries;

    private String trackingNumber;
    private String lastFour;
    private RequestQueries.PublicStatus result;

    public void lookUp() {
        HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!LIMIT.tryAcquire(ClientAddress.of(http))) {
            Notices.error("req", "status.tooMany");
            return;
        }
        result = queries.publicStatus(trackingNumber, lastFour).orElse(null);
        if (result == null) {
            Notices.warn("req", "status.notFound");
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

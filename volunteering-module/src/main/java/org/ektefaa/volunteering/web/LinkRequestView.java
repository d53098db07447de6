package org.ektefaa.volunteering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.ektefaa.platform.api.RateLimit;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.VolunteerLinks;
import org.ektefaa.platform.api.web.ClientAddress;

/**
 * {@code /public/volunteer-link.xhtml}: a volunteer asks for a new personal link with their e-mail. The answer
 * is the same whether or not the address is known; 5 requests per address per hour.
 */
@Named
@RequestScoped
public class LinkRequestView {

    private static final RateLimit LIMIT = new RateLimit(5, Duration.ofHours(1), Clock.systemUTC());


    @Inject
    VolunteerLinks volunteerLinks;

    private String email;
    private boolean sent;

    public void send() {
        HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!LIMIT.tryAcquire(ClientAddress.of(http))) {
            Notices.error("vol", "register.tooMany");
            return;
        }
        volunteerLinks.requestLink(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}

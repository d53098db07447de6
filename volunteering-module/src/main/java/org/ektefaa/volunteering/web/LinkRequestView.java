package org.ektefaa.volunteering.web;

import org.ektefaa.platform.api.Allowances;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.VolunteerLinks;

/**
 * {@code /public/volunteer-link.xhtml}: a volunteer asks for a new personal link with their e-mail. The answer
 * is the same whether or not the address is known; 5 requests per address per hour.
 */
@Named
@RequestScoped
public class LinkRequestView {

    @Inject
    Allowances allowances;

    @Inject
    Notices notices;



    @Inject
    VolunteerLinks volunteerLinks;

    private String email;
    private boolean sent;

    public void send() {
        if (!allowances.visitorMay("volunteering.link-requests", 5, Duration.ofHours(1))) {
            notices.error("vol", "register.tooMany");
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

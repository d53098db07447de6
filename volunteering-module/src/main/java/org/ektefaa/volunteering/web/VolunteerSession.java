package org.ektefaa.volunteering.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * Which volunteer this browser session belongs to, once their personal link was used. Not a staff sign-in:
 * it opens only the volunteer's own page, and ends with the session (30 minutes idle) or "sign out".
 */
@SessionScoped
public class VolunteerSession implements Serializable, org.ektefaa.volunteering.api.CurrentVolunteer {

    private static final long serialVersionUID = 1L;

    private Long volunteerId;

    @Override
    public java.util.Optional<Long> volunteerId() {
        return java.util.Optional.ofNullable(volunteerId);
    }

    void signIn(long id) {
        this.volunteerId = id;
    }

    void signOut() {
        this.volunteerId = null;
    }
}

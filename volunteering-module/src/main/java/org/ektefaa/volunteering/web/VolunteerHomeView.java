package org.ektefaa.volunteering.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.VolunteerHours;
import org.ektefaa.volunteering.boundary.VolunteerLinks;
import org.ektefaa.volunteering.entity.Enums.HoursStatus;
import org.ektefaa.volunteering.entity.HoursEntry;
import org.ektefaa.volunteering.entity.Opportunity;
import org.ektefaa.volunteering.entity.Signup;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * {@code /public/volunteer-home.xhtml}: a volunteer's own page, opened with their personal link: their
 * places and invitations, open opportunities to sign up for or withdraw from, their hours (logged here and
 * approved by a coordinator) and the certificate of hours.
 */
@Named
@ViewScoped
public class VolunteerHomeView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;


    @Inject
    VolunteerLinks volunteerLinks;

    @Inject
    Opportunities opportunities;

    @Inject
    VolunteerHours volunteerHours;

    @Inject
    VolunteerSession session;

    @Inject
    Clock clock;

    private String token;
    private Volunteer volunteer;
    private List<Signup> signups;
    private List<Opportunity> open;
    private List<HoursEntry> hours;
    private Long hoursOpportunity;
    private LocalDate workedOn;
    private BigDecimal hoursWorked;
    private String hoursNote;

    /** {@code f:viewAction}: a link signs the volunteer in (a new session id), otherwise the session must. */
    public void open() {
        if (token != null && !token.isBlank()) {
            volunteerLinks.signIn(token).ifPresentOrElse(id -> {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                ((HttpServletRequest) external.getRequest()).changeSessionId();
                session.signIn(id);
            }, () -> notices.warn("vol", "home.linkInvalid"));
        }
        reload();
    }

    private void reload() {
        volunteer = volunteerLinks.signedIn().filter(Volunteer::isApproved).orElse(null);
        if (volunteer == null) {
            return;
        }
        signups = opportunities.signupsOf(volunteer.getId());
        Set<Long> mine = signups.stream().map(s -> s.getOpportunity().getId()).collect(Collectors.toSet());
        // a home visit's place is for the volunteer invited to it: it shows among their own once invited
        open = opportunities.upcoming(100).stream().filter(o -> !mine.contains(o.getId()) && o.getFree() > 0
                && o.getWorkLink() == null).toList();
        hours = volunteerHours.hoursOf(volunteer.getId());
    }

    public void signUp(long opportunityId) {
        act(() -> opportunities.signUp(volunteer.getId(), opportunityId), "home.signedUp");
    }

    public void withdraw(long opportunityId) {
        act(() -> opportunities.withdraw(volunteer.getId(), opportunityId), "home.withdrawn");
    }

    public void logHours() {
        if (hoursOpportunity == null) {
            notices.error("vol", "hours.error.chooseOpportunity");
            return;
        }
        act(() -> volunteerHours.logHours(volunteer.getId(), hoursOpportunity, workedOn, hoursWorked, hoursNote), "home.hoursLogged");
        hoursWorked = null;
        hoursNote = null;
    }

    public void signOut() {
        session.signOut();
        volunteer = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            notices.info("vol", done);
        } catch (RuleViolation violation) {
            notices.refused("vol", violation);
        }
        reload();
    }

    /** Approved hours in total, for the certificate line. */
    public BigDecimal getApprovedHours() {
        return hours == null ? BigDecimal.ZERO : hours.stream().filter(h -> h.getStatus() == HoursStatus.APPROVED)
                .map(HoursEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The opportunities the volunteer holds a place in and that have started: where hours can be logged. */
    public List<Opportunity> getLoggable() {
        Instant now = clock.instant();
        return signups == null ? List.of() : signups.stream().filter(Signup::holdsAPlace).map(Signup::getOpportunity)
                .filter(o -> o.getStartsAt().isBefore(now)).toList();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public List<Signup> getSignups() {
        return signups;
    }

    public List<Opportunity> getOpen() {
        return open;
    }

    public List<HoursEntry> getHours() {
        return hours;
    }

    public Long getHoursOpportunity() {
        return hoursOpportunity;
    }

    public void setHoursOpportunity(Long hoursOpportunity) {
        this.hoursOpportunity = hoursOpportunity;
    }

    public LocalDate getWorkedOn() {
        return workedOn;
    }

    public void setWorkedOn(LocalDate workedOn) {
        this.workedOn = workedOn;
    }

    public BigDecimal getHoursWorked() {
        return hoursWorked;
    }

    public void setHoursWorked(BigDecimal hoursWorked) {
        this.hoursWorked = hoursWorked;
    }

    public String getHoursNote() {
        return hoursNote;
    }

    public void setHoursNote(String hoursNote) {
        this.hoursNote = hoursNote;
    }
}

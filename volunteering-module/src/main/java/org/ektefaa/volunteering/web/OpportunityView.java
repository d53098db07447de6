package org.ektefaa.volunteering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.VolunteerHours;
import org.ektefaa.volunteering.entity.Opportunity;
import org.ektefaa.volunteering.entity.Signup;

/**
 * One opportunity for the coordinator: who signed up or was invited, the volunteers who match it (skills and
 * availability) with an invite button, hours logged on a volunteer's behalf, and cancelling.
 */
@Named
@ViewScoped
public class OpportunityView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Opportunities opportunities;

    @Inject
    VolunteerHours volunteerHours;

    private Long id;
    private Opportunity opportunity;
    private List<Signup> signups;
    private List<Opportunities.Match> matches;
    private Long hoursVolunteer;
    private LocalDate workedOn;
    private BigDecimal hours;

    public void load() {
        opportunity = id == null ? null : opportunities.find(id).orElse(null);
        if (opportunity == null) {
            notices.warn("vol", "opportunity.error.missing");
            return;
        }
        signups = opportunities.signups(id);
        matches = opportunities.match(id);
    }

    public void invite(long volunteerId) {
        act(() -> opportunities.invite(id, volunteerId), "opportunity.invited");
    }

    public void cancel() {
        try {
            opportunities.cancel(id, opportunity.getVersion());
            notices.info("vol", "opportunity.cancelled");
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        load();
    }

    public void logHours() {
        if (hoursVolunteer == null) {
            notices.error("vol", "hours.error.chooseVolunteer");
            return;
        }
        act(() -> volunteerHours.logHours(hoursVolunteer, id, workedOn, hours, null), "home.hoursLogged");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            notices.info("vol", done);
        } catch (RuleViolation violation) {
            notices.refused("vol", violation);
        }
        load();
    }

    public List<Signup> getPlaced() {
        return signups == null ? List.of() : signups.stream().filter(Signup::holdsAPlace).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public List<Signup> getSignups() {
        return signups;
    }

    public List<Opportunities.Match> getMatches() {
        return matches;
    }

    public Long getHoursVolunteer() {
        return hoursVolunteer;
    }

    public void setHoursVolunteer(Long hoursVolunteer) {
        this.hoursVolunteer = hoursVolunteer;
    }

    public LocalDate getWorkedOn() {
        return workedOn;
    }

    public void setWorkedOn(LocalDate workedOn) {
        this.workedOn = workedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}

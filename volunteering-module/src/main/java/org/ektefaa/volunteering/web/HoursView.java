package org.ektefaa.volunteering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.VolunteerHours;
import org.ektefaa.volunteering.entity.HoursEntry;

/** Hours waiting for approval (approve, correct or reject) and the totals per volunteer, month and opportunity. */
@Named
@ViewScoped
public class HoursView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;


    @Inject
    VolunteerHours volunteerHours;

    private List<HoursEntry> pending;
    private List<VolunteerHours.Total> perVolunteer;
    private List<VolunteerHours.Total> perOpportunity;
    private List<VolunteerHours.Total> perMonth;
    private final Map<Long, BigDecimal> corrections = new HashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        pending = volunteerHours.pendingHours(200);
        perVolunteer = volunteerHours.totalsPerVolunteer();
        perOpportunity = volunteerHours.totalsPerOpportunity();
        perMonth = volunteerHours.totalsPerMonth(12);
        corrections.clear();
        pending.forEach(h -> corrections.put(h.getId(), h.getHours()));
    }

    public void approve(HoursEntry entry) {
        BigDecimal corrected = corrections.get(entry.getId());
        act(() -> volunteerHours.approveHours(entry.getId(), entry.getVersion(),
                corrected != null && corrected.compareTo(entry.getHours()) != 0 ? corrected : null), "hours.approved");
    }

    public void reject(HoursEntry entry) {
        act(() -> volunteerHours.rejectHours(entry.getId(), entry.getVersion()), "hours.rejected");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            notices.info("vol", done);
        } catch (RuleViolation violation) {
            notices.refused("vol", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        load();
    }

    public List<HoursEntry> getPending() {
        return pending;
    }

    public Map<Long, BigDecimal> getCorrections() {
        return corrections;
    }

    public List<VolunteerHours.Total> getPerVolunteer() {
        return perVolunteer;
    }

    public List<VolunteerHours.Total> getPerOpportunity() {
        return perOpportunity;
    }

    public List<VolunteerHours.Total> getPerMonth() {
        return perMonth;
    }
}

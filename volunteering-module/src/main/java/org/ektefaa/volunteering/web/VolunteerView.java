package org.ektefaa.volunteering.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.VolunteerHours;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.HoursEntry;
import org.ektefaa.volunteering.entity.Signup;
import org.ektefaa.volunteering.entity.Volunteer;

/** A volunteer as the coordinator sees them: the application, the review with notes, places and hours. */
@Named
@ViewScoped
public class VolunteerView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Volunteers volunteers;

    @Inject
    Opportunities opportunities;

    @Inject
    VolunteerHours volunteerHours;

    private Long id;
    private Volunteer volunteer;
    private VolunteerStatus next;
    private String note;
    private List<Signup> signups = List.of();
    private List<HoursEntry> hours = List.of();

    public void load() {
        volunteer = id == null ? null : volunteers.withReview(id).orElse(null);
        if (volunteer == null) {
            notices.warn("vol", "volunteer.error.missing");
            return;
        }
        signups = opportunities.signupsOf(volunteer.getId());
        hours = volunteerHours.hoursOf(volunteer.getId());
    }

    public void review() {
        try {
            volunteers.review(id, volunteer.getVersion(), next == null ? volunteer.getStatus() : next, note);
            notices.info("vol", "review.saved");
            note = null;
            next = null;
        } catch (RuleViolation violation) {
            notices.refused("vol", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        load();
    }

    public List<VolunteerStatus> getNextStatuses() {
        return volunteer == null ? List.of() : java.util.Arrays.stream(VolunteerStatus.values())
                .filter(s -> volunteer.getStatus().canMoveTo(s)).toList();
    }

    public List<Signup> getSignups() {
        return signups;
    }

    public List<HoursEntry> getHours() {
        return hours;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public VolunteerStatus getNext() {
        return next;
    }

    public void setNext(VolunteerStatus next) {
        this.next = next;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

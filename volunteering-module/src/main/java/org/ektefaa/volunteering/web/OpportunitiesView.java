package org.ektefaa.volunteering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Opportunity;
import org.ektefaa.volunteering.entity.Skill;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The opportunity calendar and the form to plan a new opportunity. */
@Named
@ViewScoped
public class OpportunitiesView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Opportunities opportunities;

    @Inject
    Volunteers volunteers;

    @Inject
    Clock clock;

    private ScheduleModel calendar;
    private List<Opportunity> upcoming;

    private String title;
    private String description;
    private String place;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String recurrence;
    private Integer places = 5;
    private List<String> skills = new ArrayList<>();
    private String requestTracking;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        upcoming = opportunities.upcoming(200);
        Instant now = clock.instant();
        DefaultScheduleModel model = new DefaultScheduleModel();
        for (Opportunity o : opportunities.between(now.minus(java.time.Duration.ofDays(62)), now.plus(java.time.Duration.ofDays(186)))) {
            model.addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(o.getId()))
                    .title(o.getTitle() + " (" + o.getFree() + "/" + o.getPlaces() + ")")
                    .startDate(LocalDateTime.ofInstant(o.getStartsAt(), clock.getZone()))
                    .endDate(LocalDateTime.ofInstant(o.getEndsAt(), clock.getZone()))
                    .url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/volunteering/opportunity.xhtml?id=" + o.getId())
                    .styleClass(o.isCancelled() ? "cancelled" : o.getFree() == 0 ? "full" : "has-places")
                    .build());
        }
        calendar = model;
    }

    public void create() {
        if (startsAt == null || endsAt == null) {
            notices.error("vol", "opportunity.error.times");
            return;
        }
        try {
            Opportunity created = opportunities.create(new Opportunity.Plan(title, description, place,
                    startsAt.atZone(clock.getZone()).toInstant(), endsAt.atZone(clock.getZone()).toInstant(), recurrence,
                    places == null ? 0 : places, new LinkedHashSet<>(skills), requestTracking));
            notices.info("vol", "opportunity.created", created.getTitle());
            title = null;
            description = null;
            place = null;
            recurrence = null;
            requestTracking = null;
            skills = new ArrayList<>();
        } catch (RuleViolation violation) {
            notices.refused("vol", violation);
        }
        reload();
    }

    public List<Skill> getSkillList() {
        return volunteers.skills();
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    /** Started and not over yet: listed first among the upcoming, marked as under way (issue #22). */
    public boolean underWay(Opportunity o) {
        return o.isUnderWay(clock.instant());
    }

    public List<Opportunity> getUpcoming() {
        return upcoming;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(String recurrence) {
        this.recurrence = recurrence;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills;
    }

    public String getRequestTracking() {
        return requestTracking;
    }

    public void setRequestTracking(String requestTracking) {
        this.requestTracking = requestTracking;
    }
}

package org.ektefaa.volunteering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Skill;
import org.ektefaa.volunteering.entity.Volunteer;

/** The coordinators' directory: applications and volunteers by status, skill, city and availability. */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Volunteers volunteers;

    private VolunteerStatus status = VolunteerStatus.NEW;
    private String skill;
    private String city;
    private DayOfWeek day;
    private TimeOfDay time;
    private List<Volunteer> found;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        found = volunteers.search(new Volunteers.Filter(status, skill, city, day, time), 0, 500);
    }

    public long count(VolunteerStatus which) {
        return volunteers.count(which);
    }

    public VolunteerStatus[] getStatuses() {
        return VolunteerStatus.values();
    }

    public List<Skill> getSkills() {
        return volunteers.skills();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public TimeOfDay[] getTimes() {
        return TimeOfDay.values();
    }

    public List<Volunteer> getFound() {
        return found;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public void setStatus(VolunteerStatus status) {
        this.status = status;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public TimeOfDay getTime() {
        return time;
    }

    public void setTime(TimeOfDay time) {
        this.time = time;
    }
}

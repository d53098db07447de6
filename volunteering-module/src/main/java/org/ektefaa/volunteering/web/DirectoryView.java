package org.ektefaa.volunteering.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.ektefaa.volunteering.control.VolunteerDirectory;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Skill;
import org.ektefaa.volunteering.entity.Volunteer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private final Found found = new Found();

    @PostConstruct
    void init() {
        search();
    }

    /** The filters changed: count again; each page of 25 is read when shown. */
    public void search() {
        found.counted = null;
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

    public LazyDataModel<Volunteer> getFound() {
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

    private VolunteerDirectory.Filter filter() {
        return new VolunteerDirectory.Filter(status, skill, city, day, time);
    }

    /** The matching volunteers, newest first, a page at a time (a large association has thousands). */
    private final class Found extends LazyDataModel<Volunteer> {
        private static final long serialVersionUID = 1L;
        private Integer counted;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (counted == null) {
                counted = (int) Math.min(Integer.MAX_VALUE, volunteers.countMatching(filter()));
            }
            return counted;
        }

        @Override
        public List<Volunteer> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return volunteers.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Volunteer volunteer) {
            return String.valueOf(volunteer.getId());
        }

        @Override
        public Volunteer getRowData(String rowKey) {
            return null;
        }
    }
}

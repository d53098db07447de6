package org.ektefaa.volunteering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.VolunteerHours;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Opportunity;

/** The coordinator's dashboard: new applications, upcoming opportunities with free places, hours to approve. */
@Named
@RequestScoped
public class CoordinatorWidgetView {

    @Inject
    Volunteers volunteers;

    @Inject
    Opportunities opportunities;

    @Inject
    VolunteerHours volunteerHours;

    public long getNewApplications() {
        return volunteers.count(VolunteerStatus.NEW);
    }

    public long getInterviews() {
        return volunteers.count(VolunteerStatus.INTERVIEW);
    }

    public List<Opportunity> getWithPlaces() {
        return opportunities.upcoming(20).stream().filter(o -> o.getFree() > 0).limit(5).toList();
    }

    public long getPendingHours() {
        return volunteerHours.countPendingHours();
    }
}

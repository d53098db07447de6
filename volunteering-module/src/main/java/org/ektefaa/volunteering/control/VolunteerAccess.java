package org.ektefaa.volunteering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ektefaa.platform.api.AccessRefused;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.volunteering.api.CurrentVolunteer;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * A volunteer's own work — taking a place, giving it back, logging hours, reading their hours and certificate —
 * may be done by that volunteer (the session their personal link opened) or by a coordinator for them, never by
 * anyone else: the boundary decides from the session, not from the volunteer id a page sends.
 */
@ApplicationScoped
public class VolunteerAccess {

    @Inject
    Caller caller;

    @Inject
    CurrentVolunteer current;

    /** Refuses unless the caller is this volunteer, a coordinator, an administrator or the system. */
    public void requireSelfOrCoordinator(long volunteerId) {
        if (!isCoordinator() && !isSelf(volunteerId)) {
            throw new AccessRefused("volunteer " + volunteerId);
        }
    }

    /** Refuses unless the caller is this volunteer or a member of staff who sends researchers (or the system). */
    public void requireSelfOrStaff(long volunteerId) {
        if (!caller.isSystemOrIn(Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME,
                Role.VOLUNTEER_COORDINATOR_NAME) && !isSelf(volunteerId)) {
            throw new AccessRefused("volunteer " + volunteerId);
        }
    }

    /** The name recorded for work on {@code volunteer}'s behalf: the coordinator's, or "volunteer" and their reference. */
    public String actingFor(Volunteer volunteer) {
        if (isCoordinator()) {
            return caller.name();
        }
        if (isSelf(volunteer.getId())) {
            return "volunteer " + volunteer.getReference();
        }
        throw new AccessRefused("volunteer " + volunteer.getId());
    }

    /** Whether a coordinator (or an administrator, or the system) is acting, rather than a volunteer. */
    public boolean isCoordinator() {
        return caller.isSystemOrIn(Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME);
    }

    private boolean isSelf(long volunteerId) {
        try {
            return current.volunteerId().filter(id -> id == volunteerId).isPresent();
        } catch (jakarta.enterprise.context.ContextNotActiveException noSession) {
            return false;
        }
    }
}

package org.ektefaa.eligibility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.SystemActor;
import org.ektefaa.volunteering.api.CurrentVolunteer;

/**
 * The volunteer doing a home visit offered to volunteers (issue #26), as the visit names them
 * ({@code volunteer:<id>}): taken only from the session their personal link opened, never from an id a page sends.
 * Their work on the visit runs as a system actor of that name, so that every check of "the visit's own researcher"
 * and every record (the file's access log, the audit) names them; callers check first that the visit is theirs and
 * still to be done, since a system actor passes role checks.
 */
@ApplicationScoped
public class VolunteerResearcher {

    @Inject
    CurrentVolunteer current;

    @Inject
    org.ektefaa.volunteering.api.FieldVisits volunteers;

    /** {@code volunteer:<id>} for the volunteer whose session this is, if any. */
    public Optional<String> name() {
        try {
            return current.volunteerId().map(id -> Visit.VOLUNTEERS + id);
        } catch (ContextNotActiveException noSession) {
            return Optional.empty();
        }
    }

    /**
     * The visit, if it is still to be done and given to the volunteer of this session, who is still approved; refused
     * otherwise (a volunteer declined while holding a visit no longer reads it).
     */
    public String requireOwn(Optional<Visit> visit) {
        String me = name().filter(n -> volunteers.approved(Long.parseLong(n.substring(Visit.VOLUNTEERS.length()))))
                .orElseThrow(() -> new RuleViolation("visit.error.notYours"));
        Visit found = visit.filter(v -> v.getAssignedTo().equals(me))
                .orElseThrow(() -> new RuleViolation("visit.error.notYours"));
        if (found.getStatus() != org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED) {
            throw new RuleViolation("visit.error.closed");
        }
        return me;
    }

    /** The name of the volunteer of this session, as they sign. */
    public Optional<String> fullName() {
        return name().flatMap(n -> volunteers.name(Long.parseLong(n.substring(Visit.VOLUNTEERS.length()))));
    }

    /** Runs {@code work} in the volunteer's name (see above). */
    public <T> T as(String me, Supplier<T> work) {
        return SystemActor.supply(me, work);
    }
}

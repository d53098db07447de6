package org.ektefaa.volunteering.api;

import java.time.Instant;

/**
 * Opportunities other modules open for work an approved volunteer does (issue #26: a home visit offered to volunteers
 * with the field-visit skill). The place says where in words a public list may show (a district and city, never an
 * address); {@code workLink} is the page on this site the volunteer who takes the place opens for the work, shown on
 * their own page. Who takes it is announced as {@link VolunteerSignedUp}, a place given back as
 * {@link VolunteerWithdrew}.
 */
public interface FieldVisits {

    /** The skill a field visit asks for. */
    String SKILL = "FIELD_VISITS";

    /** Opens a one-place opportunity from now until {@code until}; returns its id. */
    long offer(String title, String place, Instant until, String workLink);

    /** Whether the volunteer is (still) approved: a declined volunteer no longer does the work they held. */
    boolean approved(long volunteerId);

    /** The volunteer's name, as they sign their work. */
    java.util.Optional<String> name(long volunteerId);

    /** Moves the end of the opportunity (a home visit given a new due day). */
    void extend(long opportunityId, Instant until);

    /** The names of the volunteers given (who took a visit), by id, for the staff who sent them. */
    java.util.Map<Long, String> names(java.util.Collection<Long> volunteerIds);

    /** Cancels the opportunity (the visit was cancelled or given to an employee); nothing when it is gone. */
    void withdraw(long opportunityId);
}

package org.ektefaa.volunteering.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/** A volunteer gave back a place they held (or declined an invitation) in an opportunity. */
public record VolunteerWithdrew(long volunteerId, long opportunityId, boolean heldAPlace, Instant at)
        implements ModuleEvent {
}

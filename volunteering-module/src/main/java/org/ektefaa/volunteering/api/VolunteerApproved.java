package org.ektefaa.volunteering.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/** A coordinator approved a volunteer, who now has a personal page. */
public record VolunteerApproved(long volunteerId, String reference, Instant at) implements ModuleEvent {
}

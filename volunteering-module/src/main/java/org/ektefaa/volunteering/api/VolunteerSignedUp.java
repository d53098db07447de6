package org.ektefaa.volunteering.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * A volunteer took a place in an opportunity. {@code requestTracking} is the request it serves (a field
 * visit, policy §3.4), or null.
 */
public record VolunteerSignedUp(long volunteerId, long opportunityId, String requestTracking, Instant at) implements ModuleEvent {
}

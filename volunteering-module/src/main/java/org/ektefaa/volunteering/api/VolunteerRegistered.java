package org.ektefaa.volunteering.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/** Someone registered on the public volunteering page (policy §4.6); no personal data. */
public record VolunteerRegistered(long volunteerId, String reference, Instant at) implements ModuleEvent {
}

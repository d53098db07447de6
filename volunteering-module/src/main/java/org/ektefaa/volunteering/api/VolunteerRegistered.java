package org.ektefaa.volunteering.api;

import java.time.Instant;

/** Someone registered on the public volunteering page (policy §4.6); no personal data. */
public record VolunteerRegistered(long volunteerId, String reference, Instant at) {
}

package org.ektefaa.volunteering.api;

import java.time.Instant;

/** A coordinator approved a volunteer, who now has a personal page. */
public record VolunteerApproved(long volunteerId, String reference, Instant at) {
}

package org.ektefaa.volunteering.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ModuleEvent;

/** A coordinator approved hours a volunteer gave; the reporting module counts them. */
public record VolunteerHoursApproved(long hoursId, long volunteerId, long opportunityId, BigDecimal hours,
                                     LocalDate workedOn, Instant approvedAt) implements ModuleEvent {
}

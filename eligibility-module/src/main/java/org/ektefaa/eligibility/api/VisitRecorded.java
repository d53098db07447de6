package org.ektefaa.eligibility.api;

import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * A home visit was assigned, given to another researcher, cancelled or signed (issue #26): its state
 * ({@code ASSIGNED}, {@code DONE}, {@code CANCELLED}), when it was assigned, the day it is due, when it was signed or
 * cancelled and what it recommended, and when this change was made — for the reports' visits done and late. No
 * findings, no person.
 */
public record VisitRecorded(long visitId, String status, Instant assignedAt, LocalDate dueOn, Instant closedAt,
                            String recommendation, Instant changedAt) implements ModuleEvent {
}

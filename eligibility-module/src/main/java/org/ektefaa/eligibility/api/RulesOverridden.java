package org.ektefaa.eligibility.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * The executive decided against a file's eligibility (approved a file not eligible, or refused an eligible one) with
 * a recorded reason; fired by the module that holds the decision (requests), counted in the board report.
 */
public record RulesOverridden(long requestId, long fileId, long assessmentId, Outcome outcome, boolean approved,
                              String decidedBy, Instant decidedAt) implements ModuleEvent {
}

package org.ektefaa.eligibility.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/** A file was assessed (on submission, after a correction, on renewal): for the reports' eligibility figures. */
public record AssessmentMade(long assessmentId, long fileId, String categoryCode, Outcome outcome, int score,
                             String band, String madeFor, Instant madeAt) implements ModuleEvent {
}

package org.ektefaa.satisfaction.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * A person answered a survey (policy §3.5). {@code requestId} is null when they chose not to be linked to
 * their answer (§3.6); scores are null where a question was skipped or not asked; {@code suggestion} says whether
 * the person wrote one (its text stays in the satisfaction module). The reporting module
 * keeps its facts from this.
 */
public record SurveyAnswered(long responseId, long templateId, String templateFamily, int templateRevision,
                             Long requestId, RequestType requestType, ContactChannel channel, String serviceCode,
                             Integer overall, Integer speed, Integer courtesy, Integer clarity, Integer effort,
                             Integer recommend, boolean anonymous, boolean kiosk, boolean suggestion, Instant answeredAt) implements ModuleEvent {
}

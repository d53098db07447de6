package org.ektefaa.satisfaction.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * The quality officer filed a survey suggestion under themes and moved it on (NEW, UNDER_STUDY, ADOPTED,
 * DECLINED): suggestions become improvement actions (policy §3.7). No text, no person.
 */
public record SuggestionReviewed(long responseId, String status, String tags, Instant at) implements ModuleEvent {
}

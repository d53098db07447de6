package org.ektefaa.requests.api;

import org.ektefaa.platform.api.ModuleEvent;

/**
 * Another module asks for a person to be called back about an earlier request (service recovery after a
 * low evaluation, policy §3.5–§3.7). Declared here and observed by this module, which opens a follow-up
 * request on the same channel; the satisfaction module fires it.
 *
 * @param originalRequestId the request that was evaluated
 * @param reason            why, in a few words (no personal data)
 * @param requestedBy       who or what asked ({@code "satisfaction"})
 */
public record FollowUpRequested(long originalRequestId, String reason, String requestedBy) implements ModuleEvent {
}

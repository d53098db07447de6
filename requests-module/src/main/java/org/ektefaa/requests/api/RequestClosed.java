package org.ektefaa.requests.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;

/**
 * A request was closed: answered, delivered or rejected and done with. The satisfaction module invites the
 * person to evaluate the service from this (policy §3.5).
 */
public record RequestClosed(long requestId, String trackingNumber, RequestType type, ContactChannel channel,
                            Long beneficiaryId, Instant receivedAt, Instant closedAt) {
}

package org.ektefaa.requests.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * A request was closed: answered, delivered or rejected and done with. The satisfaction module invites the
 * person to evaluate the service from this (policy §3.5). {@code serviceCode} is the catalogue service of a
 * support request (else null); {@code closedBy} the staff member who closed it, whose results the satisfaction
 * module shows only in aggregate (§3.6).
 */
public record RequestClosed(long requestId, String trackingNumber, RequestType type, ContactChannel channel,
                            Long beneficiaryId, String serviceCode, String closedBy, Instant receivedAt,
                            Instant closedAt) implements ModuleEvent {
}

package org.ektefaa.requests.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.ModuleEvent;

/** A request was received on a channel and given its tracking number (policy §4, §5.1). */
public record RequestReceived(long requestId, String trackingNumber, RequestType type, ContactChannel channel,
                              Long beneficiaryId, Instant receivedAt) implements ModuleEvent {
}

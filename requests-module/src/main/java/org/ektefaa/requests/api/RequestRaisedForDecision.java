package org.ektefaa.requests.api;

import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.ModuleEvent;

/** A request was raised to executive management; the decision is due on {@code dueDate} (policy §5.4). */
public record RequestRaisedForDecision(long requestId, String trackingNumber, RequestType type, ContactChannel channel,
                                       Long beneficiaryId, Instant raisedAt, LocalDate dueDate) implements ModuleEvent {
}

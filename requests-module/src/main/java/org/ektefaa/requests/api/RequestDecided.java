package org.ektefaa.requests.api;

import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * Executive management approved or rejected a request. {@code metDeadline} says whether the decision came
 * within the committed period (policy §5.4), the clock paused while the request waited for the applicant. A support
 * request carries the service asked for and its quantity (may be null), and, when approved, the fund the executive chose
 * to pay for it ({@code fundCode}, null when none was chosen: the programme's usual fund; issue #27, see
 * {@link Funding}).
 */
public record RequestDecided(long requestId, String trackingNumber, RequestType type, ContactChannel channel,
                             Long beneficiaryId, boolean approved, Instant decidedAt, LocalDate dueDate,
                             boolean metDeadline, String serviceCode, java.math.BigDecimal quantity,
                             String fundCode) implements ModuleEvent {
}

package org.ektefaa.requests.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * One delivery of the service approved for a request (policy §5.6): part of it, or one month of a
 * recurring service. {@code quantity} is in the service's unit (baskets, riyals).
 */
public record ServiceDelivered(long requestId, String trackingNumber, Long beneficiaryId, String serviceCode,
                               BigDecimal quantity, String what, Instant deliveredAt) implements ModuleEvent {
}

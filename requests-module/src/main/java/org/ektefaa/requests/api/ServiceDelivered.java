package org.ektefaa.requests.api;

import java.time.Instant;

/** The service approved for a request was delivered (policy §5.6). */
public record ServiceDelivered(long requestId, String trackingNumber, Long beneficiaryId, String what,
                               Instant deliveredAt) {
}

package org.ektefaa.requests.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * An instalment of the entitlement an approved support request opened was handed out (issue #27: collected at a
 * distribution point), fired by the aid module: the request records it as a delivery, as if typed on it (policy §5.6),
 * and when it was the entitlement's last ({@code last}), completes its service and closes it. {@code place} is where.
 */
public record AidHandedOut(long requestId, BigDecimal quantity, LocalDate on, String place, String by, Instant at,
                           boolean last) implements ModuleEvent {
}

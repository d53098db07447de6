package org.ektefaa.requests.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * An inquiry was answered, a suggestion acknowledged or a complaint resolved (policy §3.3). For a complaint,
 * {@code complaintTheme} is the code of its theme and {@code upheld} whether it was found justified (else both
 * null); the reports count themes and outcomes from this.
 */
public record RequestAnswered(long requestId, String trackingNumber, RequestType type, String complaintTheme,
                              Boolean upheld, Instant answeredAt) implements ModuleEvent {
}

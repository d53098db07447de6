package org.ektefaa.beneficiaries.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * Executive management decided a registration application (policy §5.4). Declared here, where it is
 * needed, and fired by the requests module, which owns decisions; the beneficiaries module completes or
 * refuses the registration in the same transaction.
 */
public record RegistrationDecided(long beneficiaryId, boolean approved, String reason, String decidedBy,
                                  Instant decidedAt) implements ModuleEvent {
}

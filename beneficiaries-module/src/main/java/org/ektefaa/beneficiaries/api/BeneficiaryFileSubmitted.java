package org.ektefaa.beneficiaries.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * A complete, verified and signed beneficiary file was submitted for the executive's decision (policy
 * §5.2–§5.4). The requests module opens the registration decision from it.
 */
public record BeneficiaryFileSubmitted(long beneficiaryId, String categoryCode, ContactChannel channel,
                                       String submittedBy, Instant submittedAt) implements ModuleEvent {
}

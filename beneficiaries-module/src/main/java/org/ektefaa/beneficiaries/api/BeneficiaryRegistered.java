package org.ektefaa.beneficiaries.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.ModuleEvent;

/** A person became a registered beneficiary with a beneficiary number (policy §5.5). */
public record BeneficiaryRegistered(long beneficiaryId, String beneficiaryNumber, String categoryCode,
                                    ContactChannel channel, Instant registeredAt) implements ModuleEvent {
}

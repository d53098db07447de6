package org.ektefaa.beneficiaries.api;

import java.time.LocalDate;
import org.ektefaa.platform.api.ModuleEvent;

/** The requests module raised a submitted file to executive management; the decision is due on {@code dueDate}. */
public record RegistrationDecisionOpened(long beneficiaryId, String trackingNumber, LocalDate dueDate) implements ModuleEvent {
}

package org.ektefaa.beneficiaries.api;

import java.time.Instant;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * A file already submitted was corrected (its household, income, housing or address may differ): what was worked
 * out from it, such as its eligibility (issue #26), is worked out again.
 */
public record FileChanged(long beneficiaryId, String changedBy, Instant changedAt) implements ModuleEvent {
}

package org.ektefaa.beneficiaries.api;

import java.time.Instant;

/**
 * A beneficiary file was merged into another, the same person's (issue #24): what other modules keep of the merged
 * file ({@code mergedId}) now belongs to the kept one. Fired in the merging transaction.
 */
public record FilesMerged(long mergedId, long keptId, String by, Instant at) {
}

package org.ektefaa.beneficiaries.api;

import java.time.Instant;

/**
 * A merge was undone (within 30 days, issue #24): what followed the merged file ({@code mergedId}) to the kept one
 * goes back to it. Fired in the undoing transaction.
 */
public record FilesUnmerged(long mergedId, long keptId, String by, Instant at) {
}

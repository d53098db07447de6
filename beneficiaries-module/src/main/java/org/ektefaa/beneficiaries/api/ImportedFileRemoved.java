package org.ektefaa.beneficiaries.api;

import org.ektefaa.platform.api.ModuleEvent;

/**
 * A file an import batch made was removed when the batch was undone (issue #25): what other modules keep of that
 * batch for it (its past aid) goes with it.
 */
public record ImportedFileRemoved(long beneficiaryId, long batchId) implements ModuleEvent {
}

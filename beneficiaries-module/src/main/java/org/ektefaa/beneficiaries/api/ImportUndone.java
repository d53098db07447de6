package org.ektefaa.beneficiaries.api;

import org.ektefaa.platform.api.ModuleEvent;

/**
 * An import batch was undone (issue #25): what other modules keep from that batch (the past aid it brought, for the
 * files it made and those it filled) goes with it.
 */
public record ImportUndone(long batchId) implements ModuleEvent {
}

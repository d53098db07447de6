package org.ektefaa.platform.api;

import java.time.Instant;

/** An administrator saved the association profile; {@code profile} is the new state. */
public record AssociationProfileChanged(AssociationProfile profile, String changedBy, Instant changedAt) {
}

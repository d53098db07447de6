package org.ektefaa.eligibility.entity;

/** A home visit is assigned, then done (signed) or cancelled; a done or cancelled visit never changes again. */
public enum VisitStatus {
    ASSIGNED,
    DONE,
    CANCELLED
}

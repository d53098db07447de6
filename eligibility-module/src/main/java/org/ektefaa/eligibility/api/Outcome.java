package org.ektefaa.eligibility.api;

/** What the criteria say of a file: every one met, one not met, or one not known yet (a person must look). */
public enum Outcome {
    ELIGIBLE, NOT_ELIGIBLE, NEEDS_REVIEW;

    /** Whether deciding {@code approved} goes against this outcome: approving the ineligible, refusing the eligible. */
    public boolean isAgainst(boolean approved) {
        return approved ? this == NOT_ELIGIBLE : this == ELIGIBLE;
    }
}

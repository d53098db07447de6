package org.ektefaa.testing;

import org.ektefaa.platform.api.RuleViolation;

/** The business rule {@code act} breaks, for a test to read its message key; a test fails when nothing is refused. */
public final class Refusals {

    private Refusals() {
    }

    public static RuleViolation refusal(Runnable act) {
        try {
            act.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("not refused");
    }
}

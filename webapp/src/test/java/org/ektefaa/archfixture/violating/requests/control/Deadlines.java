package org.ektefaa.archfixture.violating.requests.control;

import org.ektefaa.archfixture.violating.requests.boundary.Decisions;

/** Violates: a control calls its module's boundary (the timer belongs in the boundary). */
public class Deadlines {
    public Object remind(Decisions decisions) {
        return decisions;
    }
}

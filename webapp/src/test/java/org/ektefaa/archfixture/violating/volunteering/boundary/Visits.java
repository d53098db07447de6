package org.ektefaa.archfixture.violating.volunteering.boundary;

import org.ektefaa.archfixture.violating.requests.api.RequestOpened;

/** Violates: volunteering may depend on the platform only, not on requests. */
public class Visits {
    public long visit(RequestOpened opened) {
        return opened.id();
    }
}

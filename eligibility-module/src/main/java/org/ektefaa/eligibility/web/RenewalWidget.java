package org.ektefaa.eligibility.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ektefaa.eligibility.boundary.Renewals;

/** The dashboard's renewals (issue #26): eligibility ending within 30 days, and ended. */
@Named
@RequestScoped
public class RenewalWidget {

    @Inject
    Renewals renewals;

    private long[] counts;

    private long[] counts() {
        if (counts == null) {
            counts = renewals.counts();
        }
        return counts;
    }

    public long getEndingSoon() {
        return counts()[0];
    }

    public long getEnded() {
        return counts()[1];
    }
}

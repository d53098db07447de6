package org.ektefaa.eligibility.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ektefaa.eligibility.boundary.Visits;

/**
 * The dashboard's home visits (issue #26): a researcher's own still to do and late; the executive's and
 * administrators' everyone's.
 */
@Named
@RequestScoped
public class VisitWidget {

    @Inject
    Visits visits;

    private long[] counts;

    private long[] counts() {
        if (counts == null) {
            var context = FacesContext.getCurrentInstance().getExternalContext();
            counts = visits.counts(!(context.isUserInRole("EXECUTIVE") || context.isUserInRole("ADMIN")));
        }
        return counts;
    }

    public long getOpen() {
        return counts()[0];
    }

    public long getOverdue() {
        return counts()[1];
    }
}

package org.ektefaa.archfixture.compliant.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

/** A boundary whose every public method says who may call it. */
@ApplicationScoped
public class Decisions {

    @RolesAllowed("EXECUTIVE")
    public void approve(long id) {
    }

    @PermitAll
    public String status(String trackingNumber) {
        return trackingNumber;
    }

    void on(Object observed) {
    }
}

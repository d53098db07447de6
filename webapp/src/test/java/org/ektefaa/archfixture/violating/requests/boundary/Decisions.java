package org.ektefaa.archfixture.violating.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

/** A boundary with a public method that says nothing about who may call it, and one told who calls it. */
@ApplicationScoped
public class Decisions {

    @RolesAllowed("EXECUTIVE")
    public void approve(long id) {
    }

    public void undeclared(long id) {
    }

    /** The page says who decides: anyone could write another's name into the record. */
    @RolesAllowed("EXECUTIVE")
    public void reject(long id, String by) {
    }
}

package org.ektefaa.archfixture.compliant.requests.control;

import jakarta.persistence.EntityManager;
import org.ektefaa.archfixture.compliant.requests.entity.Claim;

/** A control finds entities; the boundary calls it. */
public class ClaimStore {
    EntityManager em;

    public Claim find(long id) {
        return em.find(Claim.class, id);
    }
}

package org.ektefaa.archfixture.violating.requests.entity;

import jakarta.persistence.EntityManager;
import org.ektefaa.archfixture.violating.requests.control.Deadlines;

/** Violates: an entity uses its module's control layer, and finds itself through the EntityManager. */
public class Claim {
    public Object due(Deadlines deadlines) {
        return deadlines;
    }

    public static Claim find(EntityManager em, long id) {
        return em.find(Claim.class, id);
    }
}

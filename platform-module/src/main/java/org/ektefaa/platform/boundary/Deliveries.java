package org.ektefaa.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.control.EventDispatcher;
import org.ektefaa.platform.entity.EventDelivery;

/**
 * What administrators see of the work modules pass to each other after a commit (the reporting facts, the survey
 * invitations, the follow-up calls): how many events wait, and those that failed at least once with their failure,
 * so that a module that keeps failing is noticed rather than only logged; and "try now" once its cause is fixed.
 */
@ApplicationScoped
@Transactional
public class Deliveries {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    EventDispatcher dispatcher;

    /** Events waiting to be handed to a module, failed or not. */
    @RolesAllowed({Role.ADMIN_NAME})
    public long waiting() {
        return em.createQuery("select count(d) from EventDelivery d", Long.class).getSingleResult();
    }

    /** Events whose delivery failed at least once, oldest first. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<EventDelivery> failing(int max) {
        return em.createQuery("select d from EventDelivery d where d.attempts > 0 order by d.id", EventDelivery.class)
                .setMaxResults(max).getResultList();
    }

    /** Tries the failed events again now, instead of at their next attempt; returns how many. */
    @RolesAllowed({Role.ADMIN_NAME})
    public int tryNow() {
        int moved = em.createQuery("update EventDelivery d set d.nextAttemptAt = :now where d.attempts > 0")
                .setParameter("now", Instant.now()).executeUpdate();
        dispatcher.wake();
        return moved;
    }
}

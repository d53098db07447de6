package org.ektefaa.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.entity.AuditEntry;

/**
 * The audit log. Writes every {@link Audited} event in the transaction that fired it (a plain
 * {@code @Observes}): if the change rolls back, so does its line. Lines are never updated or deleted by
 * the application.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    void on(@Observes Audited event) {
        em.persist(new AuditEntry(event, clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<AuditEntry> about(String targetType, String targetId) {
        return em.createQuery("select a from AuditEntry a where a.targetType = :type and a.targetId = :id"
                        + " order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setParameter("type", targetType).setParameter("id", targetId)
                .getResultList();
    }
}

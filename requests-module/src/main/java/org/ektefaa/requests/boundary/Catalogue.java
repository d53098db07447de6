package org.ektefaa.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.entity.RejectionReason;
import org.ektefaa.requests.entity.Service;

/**
 * The lists administrators keep (policy §5.4, §5.6): the service catalogue (names, unit, recurring, in use) and
 * the reasons a request may be rejected for. Codes are fixed once created; withdrawing keeps history intact.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    Event<Audited> audited;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Service> allServices() {
        return em.createQuery("select s from Service s order by s.code", Service.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RejectionReason> allReasons() {
        return em.createQuery("select r from RejectionReason r order by r.code", RejectionReason.class).getResultList();
    }

    /** Adds a service ({@code version} null) or changes one, if nobody saved it in between. */
    public void saveService(String code, Long version, LocalizedName name, String unitAr, String unitEn, boolean recurring,
                            boolean active, @NotBlank String by) {
        String key = code(code);
        Service service = em.find(Service.class, key);
        if (version == null) {
            if (service != null) {
                throw new RuleViolation("catalogue.error.codeTaken", key);
            }
            em.persist(new Service(key, name, unitAr, unitEn, recurring));
        } else {
            if (service == null || service.getVersion() != version) {
                throw new OptimisticLockException(service);
            }
            service.change(name, unitAr, unitEn, recurring, active);
        }
        audited.fire(new Audited(by, "SERVICE_SAVED", "Service", key, null));
    }

    public void saveReason(String code, Long version, LocalizedName name, boolean active, @NotBlank String by) {
        String key = code(code);
        RejectionReason reason = em.find(RejectionReason.class, key);
        if (version == null) {
            if (reason != null) {
                throw new RuleViolation("catalogue.error.codeTaken", key);
            }
            em.persist(new RejectionReason(key, name));
        } else {
            if (reason == null || reason.getVersion() != version) {
                throw new OptimisticLockException(reason);
            }
            reason.change(name, active);
        }
        audited.fire(new Audited(by, "REJECTION_REASON_SAVED", "RejectionReason", key, null));
    }

    private static String code(String code) {
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new RuleViolation("catalogue.error.code");
        }
        return key;
    }
}

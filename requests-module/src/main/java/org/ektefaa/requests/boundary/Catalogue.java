package org.ektefaa.requests.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
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
import org.ektefaa.requests.entity.ComplaintTheme;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.requests.entity.RejectionReason;
import org.ektefaa.requests.entity.Service;

/**
 * The lists administrators keep (policy §5.4, §5.6): the service catalogue (names, unit, recurring, in use) and
 * the reasons a request may be rejected for, the themes complaints are filed under. Codes are fixed once created; withdrawing keeps history intact.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    Event<Audited> audited;

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<Service> allServices() {
        return em.createQuery("select s from Service s order by s.code", Service.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<RejectionReason> allReasons() {
        return em.createQuery("select r from RejectionReason r order by r.code", RejectionReason.class).getResultList();
    }

    /** Adds a service ({@code version} null) or changes one, if nobody saved it in between. */
    @RolesAllowed({Role.ADMIN_NAME})
    public void saveService(String code, Long version, LocalizedName name, String unitAr, String unitEn, boolean recurring,
                            boolean active) {
        String by = caller.name();
        String key = code(code);
        Service service = em.find(Service.class, key);
        if (version == null) {
            if (service != null) {
                throw new RuleViolation("catalogue.error.codeTaken", key);
            }
            em.persist(new Service(key, name, unitAr, unitEn, recurring));
        } else {
            Versioned.asSeen(service, version);
            service.change(name, unitAr, unitEn, recurring, active);
        }
        audited.fire(new Audited(by, "SERVICE_SAVED", "Service", key, null));
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public void saveReason(String code, Long version, LocalizedName name, boolean active) {
        String by = caller.name();
        save(RejectionReason.class, code, version, name, active, by, RejectionReason::new, "REJECTION_REASON_SAVED");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<ComplaintTheme> allThemes() {
        return em.createQuery("select t from ComplaintTheme t order by t.code", ComplaintTheme.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public void saveTheme(String code, Long version, LocalizedName name, boolean active) {
        String by = caller.name();
        save(ComplaintTheme.class, code, version, name, active, by, ComplaintTheme::new, "COMPLAINT_THEME_SAVED");
    }

    /** Adds an entry of a list ({@code version} null) or changes one, if nobody saved it in between. */
    private <T extends CodedEntry> void save(Class<T> kind, String code, Long version, LocalizedName name, boolean active,
                                            String by, java.util.function.BiFunction<String, LocalizedName, T> create,
                                            String action) {
        String key = code(code);
        T entry = em.find(kind, key);
        if (version == null) {
            if (entry != null) {
                throw new RuleViolation("catalogue.error.codeTaken", key);
            }
            em.persist(create.apply(key, name));
        } else {
            Versioned.asSeen(entry, version);
            entry.change(name, active);
        }
        audited.fire(new Audited(by, action, kind.getSimpleName(), key, null));
    }

    private static String code(String code) {
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new RuleViolation("catalogue.error.code");
        }
        return key;
    }
}

package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ektefaa.aid.control.FundBook;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.Versioned;

/** The aid programmes (issue #27): each delivers one catalogue service from the funds allowed; kept by administrators. */
@ApplicationScoped
@Transactional
public class Programmes {

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.requests.api.RequestDirectory requests;

    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public List<Programme> all() {
        return em.createQuery("select p from Programme p order by p.code", Programme.class).getResultList();
    }

    /** The programmes as administrators keep them (their page is theirs). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Programme> kept() {
        return all();
    }

    /**
     * Creates a programme ({@code expectedVersion} null) or changes one as the user saw it. The service is one of the
     * catalogue's, delivered by no other programme in use (an approval opens the entitlement of the one programme of
     * its service); the funds exist.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Programme save(String code, Long expectedVersion, String nameAr, String nameEn, boolean active,
                          Programme.Terms terms) {
        String key = FundBook.code(code, "programme.error.code");
        String serviceCode = terms == null ? null : terms.serviceCode();
        if (serviceCode == null || !requests.serviceNames(Locale.ENGLISH).containsKey(serviceCode)) {
            throw new RuleViolation("programme.error.what");
        }
        for (String fund : terms.funds() == null ? Set.<String>of() : terms.funds()) {
            if (em.find(Fund.class, fund) == null) {
                throw new RuleViolation("fund.error.unavailable", fund);
            }
        }
        if (active) {
            em.createQuery("select p from Programme p where p.serviceCode = :s and p.active = true and p.code <> :c",
                            Programme.class).setParameter("s", serviceCode).setParameter("c", key)
                    .getResultStream().findFirst().ifPresent(other -> {
                        throw new RuleViolation("programme.error.serviceTaken", other.getCode());
                    });
        }
        LocalizedName name = FundBook.name(nameAr, nameEn);
        Programme programme = em.find(Programme.class, key);
        if (programme == null) {
            programme = new Programme(key, name);
            programme.change(name, active);
            programme.deliver(terms);
            em.persist(programme);
        } else if (expectedVersion == null) {
            throw new RuleViolation("programme.error.exists", key);
        } else {
            Versioned.asSeen(programme, expectedVersion);
            programme.change(name, active);
            programme.deliver(terms);
        }
        em.flush();
        audited.fire(new Audited(caller.name(), "PROGRAMME_SAVED", "Programme", key, "service=" + serviceCode
                + " funds=" + terms.funds()));
        return programme;
    }
}

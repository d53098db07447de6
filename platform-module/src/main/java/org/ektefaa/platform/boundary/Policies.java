package org.ektefaa.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.PolicyVersions;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.entity.PolicyVersion;

/** The approved versions of the policy: an administrator records a new one after the board approves it. */
@ApplicationScoped
@Transactional
public class Policies implements PolicyVersions {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @RolesAllowed({Role.ADMIN_NAME})
    public void record(String label, String approvalReference, LocalDate approvedOn, String summary) {
        String by = caller.name();
        if (label != null && !em.createQuery("select v from PolicyVersion v where v.label = :l", PolicyVersion.class)
                .setParameter("l", label.strip()).getResultList().isEmpty()) {
            throw new RuleViolation("policy.error.label");
        }
        PolicyVersion version = new PolicyVersion(label, approvalReference, approvedOn, summary, by, clock.instant(),
                LocalDate.now(clock));
        em.persist(version);
        audited.fire(new Audited(by, "POLICY_VERSION_RECORDED", "PolicyVersion", version.getLabel(), approvalReference));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public Optional<Version> inForceOn(LocalDate day) {
        return em.createQuery("select v from PolicyVersion v where v.approvedOn <= :d order by v.approvedOn desc, v.id desc",
                PolicyVersion.class).setParameter("d", day).setMaxResults(1).getResultStream().findFirst()
                .map(PolicyVersion::toVersion);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<Version> all() {
        return em.createQuery("select v from PolicyVersion v order by v.approvedOn desc, v.id desc", PolicyVersion.class)
                .getResultList().stream().map(PolicyVersion::toVersion).toList();
    }
}

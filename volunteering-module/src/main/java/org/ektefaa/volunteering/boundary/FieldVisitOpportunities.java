package org.ektefaa.volunteering.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.volunteering.api.FieldVisits;
import org.ektefaa.volunteering.entity.Opportunity;

/**
 * Opportunities the eligibility module opens when staff offer a home visit to volunteers (issue #26): one place, the
 * field-visit skill, from now until the visit is due; the coordinator finds it among the others, matches and invites
 * as for any opportunity. Opened and withdrawn by the staff who send researchers, not only coordinators.
 */
@ApplicationScoped
@Transactional
public class FieldVisitOpportunities implements FieldVisits {

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long offer(String title, String place, Instant until, String workLink) {
        String by = caller.name();
        Instant now = clock.instant();
        Opportunity opportunity = Opportunity.forWork(new Opportunity.Plan(title, null, place, now, until, null, 1,
                Set.of(SKILL), null), workLink, by, now);
        em.persist(opportunity);
        em.flush();
        audited.fire(new Audited(by, "OPPORTUNITY_CREATED", "Opportunity", String.valueOf(opportunity.getId()),
                "field visit"));
        return opportunity.getId();
    }

    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void withdraw(long opportunityId) {
        Opportunity opportunity = em.find(Opportunity.class, opportunityId, LockModeType.PESSIMISTIC_WRITE);
        if (opportunity != null) {
            opportunity.cancel();
            audited.fire(new Audited(caller.name(), "OPPORTUNITY_CANCELLED", "Opportunity", String.valueOf(opportunityId),
                    "field visit"));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public java.util.Map<Long, String> names(java.util.Collection<Long> volunteerIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!volunteerIds.isEmpty()) {
            for (org.ektefaa.volunteering.entity.Volunteer v : em.createQuery(
                    "select v from Volunteer v where v.id in :ids", org.ektefaa.volunteering.entity.Volunteer.class)
                    .setParameter("ids", volunteerIds).getResultList()) {
                names.put(v.getId(), v.getFullName());
            }
        }
        return names;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @jakarta.annotation.security.PermitAll
    public boolean approved(long volunteerId) {
        return java.util.Optional.ofNullable(em.find(org.ektefaa.volunteering.entity.Volunteer.class, volunteerId))
                .map(org.ektefaa.volunteering.entity.Volunteer::isApproved).orElse(false);
    }

    /** Only the volunteer's own session, or the staff who send researchers, read the name. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @jakarta.annotation.security.PermitAll
    public java.util.Optional<String> name(long volunteerId) {
        access.requireSelfOrStaff(volunteerId);
        return java.util.Optional.ofNullable(em.find(org.ektefaa.volunteering.entity.Volunteer.class, volunteerId))
                .map(org.ektefaa.volunteering.entity.Volunteer::getFullName);
    }

    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void extend(long opportunityId, Instant until) {
        Opportunity opportunity = em.find(Opportunity.class, opportunityId, LockModeType.PESSIMISTIC_WRITE);
        if (opportunity != null && opportunity.getWorkLink() != null) {
            opportunity.change(new Opportunity.Plan(opportunity.getTitle(), opportunity.getDescription(),
                    opportunity.getPlace(), opportunity.getStartsAt(), until, opportunity.getRecurrence(),
                    opportunity.getPlaces(), opportunity.getSkills(), opportunity.getRequestTracking()));
        }
    }

    @Inject
    org.ektefaa.volunteering.control.VolunteerAccess access;
}

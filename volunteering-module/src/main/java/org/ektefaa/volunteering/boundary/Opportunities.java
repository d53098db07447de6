package org.ektefaa.volunteering.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.volunteering.control.VolunteerDirectory;
import org.ektefaa.volunteering.api.VolunteerSignedUp;
import org.ektefaa.volunteering.entity.Enums.SignupStatus;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Opportunity;
import org.ektefaa.volunteering.entity.Signup;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * Opportunities and places: coordinators plan opportunities, match approved volunteers by skills and availability
 * and invite them; volunteers sign up or withdraw (the opportunity row is locked while a place is taken, so the last
 * place is never given twice). The hours given are {@link VolunteerHours}.
 */
@ApplicationScoped
@Transactional
public class Opportunities {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @jakarta.inject.Inject
    org.ektefaa.volunteering.control.VolunteerAccess access;

    /** A volunteer proposed for an opportunity, with how many of its skills they have. */
    public record Match(Volunteer volunteer, int sharedSkills) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Volunteers volunteers;

    @Inject
    org.ektefaa.volunteering.control.VolunteerMail mail;

    @Inject
    Event<VolunteerSignedUp> signedUp;

    @Inject
    Event<Audited> audited;

    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public Opportunity create(@NotNull Opportunity.Plan plan) {
        String by = caller.name();
        checkSkills(plan.skills());
        Opportunity opportunity = new Opportunity(plan, by, clock.instant());
        em.persist(opportunity);
        em.flush();
        audited.fire(new Audited(by, "OPPORTUNITY_CREATED", "Opportunity", String.valueOf(opportunity.getId()), null));
        return opportunity;
    }

    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public void change(long id, long expectedVersion, @NotNull Opportunity.Plan plan) {
        String by = caller.name();
        checkSkills(plan.skills());
        notForWork(forUpdate(id, expectedVersion)).change(plan);
        audited.fire(new Audited(by, "OPPORTUNITY_CHANGED", "Opportunity", String.valueOf(id), null));
    }

    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public void cancel(long id, long expectedVersion) {
        String by = caller.name();
        notForWork(forUpdate(id, expectedVersion)).cancel();
        audited.fire(new Audited(by, "OPPORTUNITY_CANCELLED", "Opportunity", String.valueOf(id), null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public Optional<Opportunity> find(long id) {
        return Optional.ofNullable(em.find(Opportunity.class, id));
    }

    /** Opportunities that start within [from, to), for the calendar and the lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Opportunity> between(Instant from, Instant to) {
        return em.createQuery("select o from Opportunity o where o.startsAt >= :from and o.startsAt < :to"
                + " order by o.startsAt", Opportunity.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Opportunities not over yet and not cancelled, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<Opportunity> upcoming(int max) {
        return em.createQuery("select o from Opportunity o where o.cancelled = false and o.endsAt > :now"
                + " order by o.startsAt", Opportunity.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    // ---- places ----------------------------------------------------------------------------------------------

    /**
     * A volunteer takes a place (or accepts an invitation). The opportunity is locked first: of two people
     * taking the last place at the same moment, the second waits and is then told it is full.
     */
    @PermitAll
    public Signup signUp(long volunteerId, long opportunityId) {
        access.requireSelfOrCoordinator(volunteerId);
        Volunteer volunteer = approvedVolunteer(volunteerId);
        Opportunity opportunity = em.find(Opportunity.class, opportunityId, LockModeType.PESSIMISTIC_WRITE);
        if (opportunity == null) {
            throw new RuleViolation("opportunity.error.missing");
        }
        Instant now = clock.instant();
        Signup signup = signupOf(volunteerId, opportunityId).orElse(null);
        if (signup != null && signup.holdsAPlace()) {
            return signup;
        }
        // a home visit's place opens a household's address: only the volunteer the coordinator invited takes it
        if (opportunity.getWorkLink() != null && signup == null && !access.isCoordinator()) {
            throw new RuleViolation("opportunity.error.invitationOnly");
        }
        opportunity.take(now);
        if (signup == null) {
            signup = new Signup(opportunity, volunteer, SignupStatus.SIGNED_UP, now);
            em.persist(signup);
        } else {
            signup.move(SignupStatus.SIGNED_UP, now);
        }
        em.flush();
        signedUp.fire(new VolunteerSignedUp(volunteerId, opportunityId, opportunity.getRequestTracking(), now));
        return signup;
    }

    /** The volunteer gives their place back (or declines an invitation). */
    @PermitAll
    public void withdraw(long volunteerId, long opportunityId) {
        access.requireSelfOrCoordinator(volunteerId);
        Opportunity opportunity = em.find(Opportunity.class, opportunityId, LockModeType.PESSIMISTIC_WRITE);
        Signup signup = signupOf(volunteerId, opportunityId).orElseThrow(() -> new RuleViolation("signup.error.missing"));
        boolean held = signup.holdsAPlace();
        if (held) {
            opportunity.release();
        }
        signup.move(SignupStatus.WITHDRAWN, clock.instant());
        withdrew.fire(new org.ektefaa.volunteering.api.VolunteerWithdrew(volunteerId, opportunityId, held,
                clock.instant()));
    }

    @Inject
    Event<org.ektefaa.volunteering.api.VolunteerWithdrew> withdrew;

    /** An opportunity another module opened for its work is changed there (a home visit: on the file), not here. */
    private static Opportunity notForWork(Opportunity opportunity) {
        if (opportunity.getWorkLink() != null) {
            throw new RuleViolation("opportunity.error.work");
        }
        return opportunity;
    }

    /** A coordinator invites a matched volunteer, who gets an e-mail with their personal link. */
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public void invite(long opportunityId, long volunteerId) {
        String by = caller.name();
        Volunteer volunteer = approvedVolunteer(volunteerId);
        Opportunity opportunity = find(opportunityId).orElseThrow(() -> new RuleViolation("opportunity.error.missing"));
        if (!opportunity.isOpen(clock.instant())) {
            throw new RuleViolation("opportunity.error.closed");
        }
        if (signupOf(volunteerId, opportunityId).isPresent()) {
            throw new RuleViolation("signup.error.already");
        }
        if (opportunity.getWorkLink() != null && opportunity.getSkills().stream().noneMatch(volunteer.getSkills()::contains)) {
            throw new RuleViolation("opportunity.error.skill");
        }
        em.persist(new Signup(opportunity, volunteer, SignupStatus.INVITED, clock.instant()));
        mail.sendLink(volunteer, "mail.invited", opportunity.getTitle());
        audited.fire(new Audited(by, "VOLUNTEER_INVITED", "Opportunity", String.valueOf(opportunityId), volunteer.getReference()));
    }

    /**
     * Approved volunteers who could do it: not yet invited or signed up, free on the opportunity's day and time
     * of day, with at least one of its skills (any volunteer when it asks for none); most shared skills first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Match> match(long opportunityId) {
        Opportunity opportunity = find(opportunityId).orElseThrow(() -> new RuleViolation("opportunity.error.missing"));
        ZonedDateTime start = opportunity.getStartsAt().atZone(clock.getZone());
        TimeOfDay time = timeOfDay(start.getHour());
        Set<Long> taken = new HashSet<>(em.createQuery("select s.volunteer.id from Signup s where s.opportunity.id = :o",
                Long.class).setParameter("o", opportunityId).getResultList());
        List<Match> matches = new ArrayList<>();
        for (Volunteer v : volunteers.search(new VolunteerDirectory.Filter(VolunteerStatus.APPROVED, null, null,
                start.getDayOfWeek(), time), 0, 2000)) {
            if (taken.contains(v.getId())) {
                continue;
            }
            int shared = (int) opportunity.getSkills().stream().filter(v.getSkills()::contains).count();
            if (opportunity.getSkills().isEmpty() || shared > 0) {
                matches.add(new Match(v, shared));
            }
        }
        matches.sort(Comparator.comparingInt(Match::sharedSkills).reversed());
        return matches;
    }

    static TimeOfDay timeOfDay(int hour) {
        return hour < 12 ? TimeOfDay.MORNING : hour < 17 ? TimeOfDay.AFTERNOON : TimeOfDay.EVENING;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Signup> signups(long opportunityId) {
        return em.createQuery("select s from Signup s where s.opportunity.id = :o order by s.id", Signup.class)
                .setParameter("o", opportunityId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<Signup> signupsOf(long volunteerId) {
        access.requireSelfOrCoordinator(volunteerId);
        return em.createQuery("select s from Signup s where s.volunteer.id = :v order by s.opportunity.startsAt desc",
                Signup.class).setParameter("v", volunteerId).getResultList();
    }

    private Optional<Signup> signupOf(long volunteerId, long opportunityId) {
        return em.createQuery("select s from Signup s where s.volunteer.id = :v and s.opportunity.id = :o", Signup.class)
                .setParameter("v", volunteerId).setParameter("o", opportunityId).getResultStream().findFirst();
    }

    private Volunteer approvedVolunteer(long volunteerId) {
        // read here, not through Volunteers.find: a volunteer signs up on their own page, not as a coordinator
        return java.util.Optional.ofNullable(em.find(Volunteer.class, volunteerId)).filter(Volunteer::isApproved)
                .orElseThrow(() -> new RuleViolation("volunteer.error.notApproved"));
    }

    private void checkSkills(Set<String> skills) {
        Set<String> known = new HashSet<>();
        volunteers.skills().forEach(s -> known.add(s.getCode()));
        if (!known.containsAll(skills)) {
            throw new RuleViolation("volunteer.error.skill");
        }
    }

    private Opportunity forUpdate(long id, long expectedVersion) {
        Opportunity opportunity = em.find(Opportunity.class, id);
        if (opportunity == null) {
            throw new RuleViolation("opportunity.error.missing");
        }
        Versioned.asSeen(opportunity, expectedVersion);
        return opportunity;
    }

}

package org.ektefaa.volunteering.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.volunteering.api.VolunteerHoursApproved;
import org.ektefaa.volunteering.control.VolunteerAccess;
import org.ektefaa.volunteering.entity.Enums.HoursStatus;
import org.ektefaa.volunteering.entity.HoursEntry;
import org.ektefaa.volunteering.entity.Signup;

/**
 * The hours volunteers give (policy §1, §4.6): logged by a volunteer for an opportunity they signed up for, or for them
 * by a coordinator; approved, corrected or rejected; ranked per volunteer and opportunity from running totals kept at
 * approval, and summed per month.
 */
@ApplicationScoped
@Transactional
public class VolunteerHours {

    /** A total of approved hours under a label (a volunteer's name, a month, an opportunity's title). */
    public record Total(String label, BigDecimal hours, long entries) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    VolunteerAccess access;

    @Inject
    Clock clock;

    @Inject
    Event<VolunteerHoursApproved> hoursApproved;

    /** Hours for an opportunity the volunteer signed up for, logged by them (recorded as "volunteer" and their reference) or for them by a coordinator. */
    @PermitAll
    public HoursEntry logHours(long volunteerId, long opportunityId, LocalDate workedOn, BigDecimal hours, String note) {
        access.requireSelfOrCoordinator(volunteerId);
        Signup signup = signupOf(volunteerId, opportunityId)
                .filter(Signup::holdsAPlace).orElseThrow(() -> new RuleViolation("hours.error.notSignedUp"));
        String by = access.actingFor(signup.getVolunteer());
        if (workedOn != null && workedOn.isBefore(LocalDate.ofInstant(signup.getOpportunity().getStartsAt(), clock.getZone()))) {
            throw new RuleViolation("hours.error.beforeStart");
        }
        HoursEntry entry = new HoursEntry(signup.getVolunteer(), signup.getOpportunity(), workedOn, hours, note, by,
                clock.instant(), LocalDate.now(clock));
        em.persist(entry);
        return entry;
    }

    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public void approveHours(long hoursId, long expectedVersion, BigDecimal corrected) {
        String by = caller.name();
        HoursEntry entry = hoursForUpdate(hoursId, expectedVersion);
        Instant now = clock.instant();
        entry.approve(corrected, by, now);
        // the running totals the hours page ranks by, in the order of their key (OPPORTUNITY before VOLUNTEER)
        addApproved("OPPORTUNITY", entry.getOpportunity().getId(), entry.getHours());
        addApproved("VOLUNTEER", entry.getVolunteer().getId(), entry.getHours());
        hoursApproved.fire(new VolunteerHoursApproved(entry.getId(), entry.getVolunteer().getId(),
                entry.getOpportunity().getId(), entry.getHours(), entry.getWorkedOn(), now));
    }

    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public void rejectHours(long hoursId, long expectedVersion) {
        String by = caller.name();
        hoursForUpdate(hoursId, expectedVersion).reject(by, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<HoursEntry> pendingHours(int max) {
        return em.createQuery("select h from HoursEntry h where h.status = :s order by h.loggedAt", HoursEntry.class)
                .setParameter("s", HoursStatus.PENDING).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long countPendingHours() {
        return em.createQuery("select count(h) from HoursEntry h where h.status = :s", Long.class)
                .setParameter("s", HoursStatus.PENDING).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<HoursEntry> hoursOf(long volunteerId) {
        access.requireSelfOrCoordinator(volunteerId);
        return em.createQuery("select h from HoursEntry h where h.volunteer.id = :v order by h.workedOn desc",
                HoursEntry.class).setParameter("v", volunteerId).getResultList();
    }

    /** Approved hours per volunteer, most first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Total> totalsPerVolunteer() {
        return most("VOLUNTEER", "select new " + Named.class.getName() + "(v.id, v.fullName) from Volunteer v"
                + " where v.id in :ids");
    }

    /** Approved hours per opportunity, most first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Total> totalsPerOpportunity() {
        return most("OPPORTUNITY", "select new " + Named.class.getName() + "(o.id, o.title) from Opportunity o"
                + " where o.id in :ids");
    }

    /** Approved hours per month of work over the last {@code months} months, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Total> totalsPerMonth(int months) {
        YearMonth now = YearMonth.now(clock);
        List<Total> totals = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            YearMonth month = now.minusMonths(i);
            MonthTotal row = em.createQuery("select new " + MonthTotal.class.getName() + "(sum(h.hours), count(h))"
                            + " from HoursEntry h where h.status = :s and h.workedOn >= :from and h.workedOn < :to",
                            MonthTotal.class)
                    .setParameter("s", HoursStatus.APPROVED).setParameter("from", month.atDay(1))
                    .setParameter("to", month.plusMonths(1).atDay(1)).getSingleResult();
            totals.add(new Total(month.toString(), row.hours() == null ? BigDecimal.ZERO : row.hours(), row.entries()));
        }
        return totals;
    }

    /** A month's approved hours and entries ("select new": public and boxed, as the provider builds it). */
    public record MonthTotal(BigDecimal hours, Long entries) {
    }

    /** A volunteer's or an opportunity's id and name. */
    public record Named(Long id, String name) {
    }

    /** The 200 volunteers or opportunities with the most approved hours, from the running totals, named. */
    private List<Total> most(String owner, String names) {
        List<Object[]> top = new ArrayList<>();
        for (Object row : em.createNativeQuery("select owner_id, hours, entries from vol_approved_totals where owner = ?1"
                + " order by hours desc, owner_id").setParameter(1, owner).setMaxResults(200).getResultList()) {
            top.add((Object[]) row);
        }
        if (top.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, String> named = new java.util.HashMap<>();
        em.createQuery(names, Named.class).setParameter("ids", top.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .getResultList().forEach(r -> named.put(r.id(), r.name()));
        return top.stream().map(r -> new Total(named.get(((Number) r[0]).longValue()), (BigDecimal) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    private void addApproved(String owner, long id, BigDecimal hours) {
        // INSERT ... ON DUPLICATE KEY UPDATE: MariaDB's upsert, which H2 accepts in its MariaDB mode
        em.createNativeQuery("insert into vol_approved_totals (owner, owner_id, hours, entries) values (?1, ?2, ?3, 1)"
                        + " on duplicate key update hours = hours + ?4, entries = entries + 1")
                .setParameter(1, owner).setParameter(2, id).setParameter(3, hours).setParameter(4, hours).executeUpdate();
    }

    private Optional<Signup> signupOf(long volunteerId, long opportunityId) {
        return em.createQuery("select s from Signup s where s.volunteer.id = :v and s.opportunity.id = :o", Signup.class)
                .setParameter("v", volunteerId).setParameter("o", opportunityId).getResultStream().findFirst();
    }

    private HoursEntry hoursForUpdate(long id, long expectedVersion) {
        HoursEntry entry = em.find(HoursEntry.class, id);
        if (entry == null) {
            throw new RuleViolation("hours.error.missing");
        }
        Versioned.asSeen(entry, expectedVersion);
        return entry;
    }
}

package org.ektefaa.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryFileSubmitted;
import org.ektefaa.beneficiaries.api.RegistrationDecided;
import org.ektefaa.beneficiaries.api.RegistrationDecisionOpened;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.RequestDecided;
import org.ektefaa.requests.api.RequestRaisedForDecision;
import org.ektefaa.requests.api.RequestReceived;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.SlaClock;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RejectionReason;
import org.ektefaa.requests.entity.RequestStatus;
import org.ektefaa.requests.control.RequestStore;
import org.ektefaa.requests.control.TrackingNumbers;

/**
 * Executive decisions within the committed period (policy §5.4). A submitted beneficiary file opens a
 * registration request, raised at once with its due date; the executive approves or rejects it, and the
 * decision goes back to the beneficiaries module as {@link RegistrationDecided}.
 */
@ApplicationScoped
@Transactional
public class Decisions {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    RequestStore store;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    Event<RequestReceived> received;

    @Inject
    Event<RequestRaisedForDecision> raised;

    @Inject
    Event<RequestDecided> decided;

    @Inject
    Event<RegistrationDecided> registrationDecided;

    @Inject
    Event<RegistrationDecisionOpened> decisionOpened;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @Inject
    TrackingNumbers trackingNumbers;

    /** In the submitting transaction: the file and its decision request exist together or not at all. */
    void on(@Observes BeneficiaryFileSubmitted submitted) {
        Instant now = clock.instant();
        AidRequest request = new AidRequest(trackingNumbers.next(), RequestType.REGISTRATION, submitted.channel(),
                submitted.beneficiaryId(), null, submitted.submittedBy(), now);
        em.persist(request);
        request.raise(profile.get().decisionPeriodDays(), today(), "system", now);
        store.counted(request);
        em.flush();
        received.fire(new RequestReceived(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now));
        raised.fire(new RequestRaisedForDecision(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now, request.getDueDate()));
        decisionOpened.fire(new RegistrationDecisionOpened(submitted.beneficiaryId(), request.getTrackingNumber(),
                request.getDueDate()));
    }

    /** Requests awaiting a decision, the oldest due first. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<AidRequest> queue() {
        return em.createQuery("select r from AidRequest r where r.status in :statuses order by r.dueDate, r.id",
                        AidRequest.class)
                .setParameter("statuses", List.of(RequestStatus.RAISED, RequestStatus.WAITING_FOR_APPLICANT))
                .getResultList();
    }

    /** What the dashboard says of the queue: how many wait, are at risk, are due within a week, are overdue. */
    public record QueueSummary(long waiting, long atRisk, long dueThisWeek, long overdue) {
    }

    /**
     * The queue's counts by its index {@code (status, due_date)} alone (issue #19: the dashboard loaded every waiting
     * request to count them, 3,744 at the benchmark's size). The same rules as {@code AidRequest.isAtRisk} and
     * {@code isOverdue}: only raised requests run against their due date; at risk is due today or within
     * {@link SlaClock#AT_RISK_DAYS} days, overdue is past it.
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public QueueSummary queueSummary() {
        LocalDate today = LocalDate.now(clock);
        long waiting = waiting(store.perStatus());
        return new QueueSummary(waiting, raisedDueBetween(today, today.plusDays(SlaClock.AT_RISK_DAYS)),
                raisedDueBetween(today, today.plusDays(7)), raisedDueBetween(LocalDate.of(1, 1, 1), today.minusDays(1)));
    }

    private long raisedDueBetween(LocalDate first, LocalDate last) {
        return em.createQuery("select count(r) from AidRequest r where r.status = :raised and r.dueDate >= :first"
                        + " and r.dueDate <= :last", Long.class).setParameter("raised", RequestStatus.RAISED)
                .setParameter("first", first).setParameter("last", last).getSingleResult();
    }

    /**
     * One page of the queue, in the same order as {@link #queue()}. The page's ids first, sorted on the index
     * {@code (status, due_date)} alone, then their rows: sorting the whole rows of every waiting request for one
     * page took 28 ms at 3,700 waiting, the ids 1.4 ms (BENCHMARKS.md).
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<AidRequest> queue(int first, int max) {
        List<Long> ids = em.createQuery("select r.id from AidRequest r where r.status in :statuses"
                        + " order by r.dueDate, r.id", Long.class)
                .setParameter("statuses", List.of(RequestStatus.RAISED, RequestStatus.WAITING_FOR_APPLICANT))
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, AidRequest> rows = new java.util.HashMap<>();
        for (AidRequest r : em.createQuery("select r from AidRequest r where r.id in :ids", AidRequest.class)
                .setParameter("ids", ids).getResultList()) {
            rows.put(r.getId(), r);
        }
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long queueSize() {
        return waiting(store.perStatus());
    }

    /** Requests awaiting a decision, from the status counters. */
    private static long waiting(Map<RequestStatus, Long> perStatus) {
        return perStatus.getOrDefault(RequestStatus.RAISED, 0L) + perStatus.getOrDefault(RequestStatus.WAITING_FOR_APPLICANT, 0L);
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<AidRequest> find(long id) {
        return Optional.ofNullable(em.find(AidRequest.class, id));
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<AidRequest> forBeneficiary(long beneficiaryId, RequestType type) {
        return em.createQuery("select r from AidRequest r where r.beneficiaryId = :b and r.type = :t order by r.id desc",
                        AidRequest.class).setParameter("b", beneficiaryId).setParameter("t", type)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void approve(long id, long expectedVersion, String reason) {
        approve(id, expectedVersion, reason, null);
    }

    /**
     * Approves. A file assessed not eligible (issue #26), or a registration or support request whose file may be another
     * person's (issue #24: a person with two files must not receive aid on either unseen), needs {@code overrideReason}, the executive's reason for approving anyway: kept on the request (the audit
     * log notes that it was given, not its words), never sent to the applicant (the decision's reason is).
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void approve(long id, long expectedVersion, String reason, String overrideReason) {
        approve(id, expectedVersion, reason, overrideReason, null);
    }

    /**
     * Approves, a support request to be paid from {@code fundCode} (issue #27: the fund the executive chose among those
     * {@link org.ektefaa.requests.api.Funding} offers; null for the programme's usual one). The aid module opens the
     * entitlement in this transaction, and refuses a fund that may not pay for the household: the approval with it.
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void approve(long id, long expectedVersion, String reason, String overrideReason, String fundCode) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        againstEligibility(request, true, overrideReason, by);
        if (store.overridesDuplicates(request, true, overrideReason, by, clock.instant())) {
            // the reason itself is kept on the request (it may speak of health or family): not copied to the audit log
            audited.fire(new Audited(by, "DUPLICATE_OVERRIDDEN", "AidRequest", String.valueOf(id),
                    request.getTrackingNumber()));
        }
        decide(id, expectedVersion, true, reason, by, fundCode);
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void reject(long id, long expectedVersion, String reason) {
        String by = caller.name();
        againstEligibility(store.forChange(id, expectedVersion), false, null, by);
        decide(id, expectedVersion, false, reason, by, null);
    }

    /**
     * Rejects for a reason of the list; the executive's own words, if any, follow it. The applicant reads
     * the reason in their language. Refusing a file assessed eligible (issue #26) needs {@code overrideReason}.
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void reject(long id, long expectedVersion, @NotBlank String reasonCode, String words, String overrideReason) {
        String by = caller.name();
        RejectionReason reason = em.find(RejectionReason.class, reasonCode);
        if (reason == null || !reason.isActive()) {
            throw new RuleViolation("request.error.reasonRequired");
        }
        AidRequest request = store.forChange(id, expectedVersion);
        againstEligibility(request, false, overrideReason, by);
        request.rejectFor(reasonCode);
        String text = reason.name(java.util.Locale.forLanguageTag(request.getLanguage()))
                + (words == null || words.isBlank() ? "" : " — " + words.trim());
        decide(id, expectedVersion, false, text, by, null);
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void reject(long id, long expectedVersion, @NotBlank String reasonCode, String words) {
        reject(id, expectedVersion, reasonCode, words, null);
    }

    private void againstEligibility(AidRequest request, boolean approved, String overrideReason, String by) {
        store.overridesEligibility(request, approved, overrideReason, by, clock.instant()).ifPresent(standing ->
                audited.fire(new Audited(by, "ELIGIBILITY_OVERRIDDEN", "AidRequest", String.valueOf(request.getId()),
                        request.getTrackingNumber() + ": " + standing.outcome())));
    }

    /** The reasons a request may be rejected for. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<RejectionReason> rejectionReasons() {
        return em.createQuery("select r from RejectionReason r where r.active = true order by r.code",
                RejectionReason.class).getResultList();
    }

    private void decide(long id, long expectedVersion, boolean approved, String reason, String by, String fundCode) {
        AidRequest request = store.forChange(id, expectedVersion);
        Instant now = clock.instant();
        request.decide(approved, reason, today(), by, now);
        store.counted(request);
        decided.fire(new RequestDecided(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), approved, now, request.getDueDate(),
                Boolean.TRUE.equals(request.getMetDeadline()), request.getServiceCode(), request.getRequestedQuantity(),
                approved ? fundCode : null));
        if (request.getType() == RequestType.REGISTRATION && request.getBeneficiaryId() != null) {
            registrationDecided.fire(new RegistrationDecided(request.getBeneficiaryId(), approved,
                    request.getDecisionReason(), by, now));
        }
        audited.fire(new Audited(by, approved ? "REQUEST_APPROVED" : "REQUEST_REJECTED", "AidRequest",
                String.valueOf(id), request.getTrackingNumber()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The channel names enabled in the profile (for the pages that record requests). */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<ContactChannel> enabledChannels() {
        return profile.get().enabledChannels().stream().sorted().toList();
    }
}

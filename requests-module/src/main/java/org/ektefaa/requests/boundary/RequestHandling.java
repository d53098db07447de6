package org.ektefaa.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.ApplicantAsked;
import org.ektefaa.requests.api.RequestAnswered;
import org.ektefaa.requests.api.RequestClosed;
import org.ektefaa.requests.api.RequestRaisedForDecision;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.api.ServiceDelivered;
import org.ektefaa.requests.control.RequestStore;
import org.ektefaa.requests.entity.AidRequest;

/**
 * What happens to a request once received: assigned and noted; an inquiry answered, a suggestion acknowledged, a
 * complaint resolved under its theme (policy §3.3); a support request raised for decision (§5.4), the applicant asked
 * for more (the clock stops) and answering, delivered in parts (§5.6), completed and closed. Each change is refused
 * when someone else changed the request since it was shown, and each tells the other modules by an event.
 */
@ApplicationScoped
@Transactional
public class RequestHandling {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RequestStore store;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    Clock clock;

    @Inject
    Event<RequestRaisedForDecision> raised;

    @Inject
    Event<ServiceDelivered> delivered;

    @Inject
    Event<ApplicantAsked> waiting;

    @Inject
    Event<RequestClosed> closed;

    @Inject
    Event<RequestAnswered> answered;

    @Inject
    Event<Audited> audited;

    /** Gives the request to a member of staff ("assigned to me"). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void assign(long id, long expectedVersion, @NotBlank String to) {
        String by = caller.name();
        store.forChange(id, expectedVersion).assign(to, by, clock.instant());
    }

    /** A note on the request's timeline. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void note(long id, long expectedVersion, String text) {
        String by = caller.name();
        store.forChange(id, expectedVersion).note(text, by, clock.instant());
    }

    /** More information is needed from the applicant: the decision clock stops until they answer. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void waitForApplicant(long id, long expectedVersion, String what) {
        String by = caller.name();
        if (what == null || what.isBlank()) {
            throw new RuleViolation("request.error.whatNeeded");
        }
        AidRequest request = store.forChange(id, expectedVersion);
        request.waitForApplicant(what.trim(), LocalDate.now(clock), by, clock.instant());
        store.counted(request);
        waiting.fire(new ApplicantAsked(request.getId(), request.getTrackingNumber(), what.trim()));
    }

    /** The applicant answered: the clock resumes and the due date moves by the days it stood still. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void applicantAnswered(long id, long expectedVersion) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        request.applicantAnswered(LocalDate.now(clock), by, clock.instant());
        store.counted(request);
    }

    /**
     * Answers an inquiry, acknowledges a suggestion or resolves a complaint; a complaint needs its theme (an active
     * entry of the list) and whether it was upheld.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void answer(long id, long expectedVersion, String text, String complaintTheme, Boolean upheld) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        if (request.getType() == RequestType.COMPLAINT && complaintTheme != null) {
            org.ektefaa.requests.entity.ComplaintTheme theme =
                    em.find(org.ektefaa.requests.entity.ComplaintTheme.class, complaintTheme);
            if (theme == null || !theme.isActive()) {
                throw new RuleViolation("request.error.themeRequired");
            }
        }
        request.classify(complaintTheme, upheld);
        Instant now = clock.instant();
        request.answer(text, by, now);
        store.counted(request);
        answered.fire(new RequestAnswered(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getComplaintTheme(), request.getComplaintUpheld(), now));
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void raise(long id, long expectedVersion) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        if (request.getType() != RequestType.SUPPORT) { // a registration is raised when its file is submitted
            throw new RuleViolation("request.error.notForDecision");
        }
        Instant now = clock.instant();
        request.raise(profile.get().decisionPeriodDays(), LocalDate.now(clock), by, now);
        store.counted(request);
        raised.fire(new RequestRaisedForDecision(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now, request.getDueDate()));
    }

    /** Records one delivery (a part, or one month of a recurring service); the applicant is told. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void deliver(long id, long expectedVersion, java.math.BigDecimal quantity, LocalDate on, String note) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        Instant now = clock.instant();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("request.error.futureDelivery");
        }
        request.deliver(quantity, day, note, by, now);
        store.counted(request);
        delivered.fire(new ServiceDelivered(request.getId(), request.getTrackingNumber(), request.getBeneficiaryId(),
                request.getServiceCode(), quantity, request.getDeliveredWhat(), now));
    }

    /**
     * After the aid module's commit: an instalment handed out at a distribution point is a delivery of the request, by
     * whoever recorded it; the entitlement's last completes the service and closes the request (the person is then
     * invited to evaluate it, policy §3.5). A request no longer in service (closed by hand meanwhile) keeps what it has.
     */
    void on(@jakarta.enterprise.event.Observes @org.ektefaa.platform.api.Committed org.ektefaa.requests.api.AidHandedOut handed) {
        AidRequest request = em.find(AidRequest.class, handed.requestId());
        if (request == null || !request.canDeliver()) {
            return;
        }
        org.ektefaa.platform.api.SystemActor.run(handed.by(), () -> {
            deliver(request.getId(), request.getVersion(), handed.quantity(), handed.on(), handed.place());
            if (handed.last()) {
                completeAndClose(request.getId(), em.find(AidRequest.class, request.getId()).getVersion());
            }
        });
    }

    /** Everything due was delivered; the request can be closed. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void completeService(long id, long expectedVersion) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        request.completeService(by, clock.instant());
        store.counted(request);
    }

    /** The last delivery was recorded: the service complete and the request closed, in one transaction (issue #21). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void completeAndClose(long id, long expectedVersion) {
        completeService(id, expectedVersion);
        // counting the move flushed the completion, so the request's version moved on: close what was just completed
        close(id, em.find(AidRequest.class, id).getVersion());
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void close(long id, long expectedVersion) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        Instant now = clock.instant();
        request.close(by, now);
        store.counted(request);
        closed.fire(new RequestClosed(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), request.getServiceCode(), by, request.getCreatedAt(), now));
        audited.fire(new Audited(by, "REQUEST_CLOSED", "AidRequest", String.valueOf(id), request.getTrackingNumber()));
    }
}

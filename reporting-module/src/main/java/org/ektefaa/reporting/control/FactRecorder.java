package org.ektefaa.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ektefaa.platform.api.Committed;
import java.time.Clock;
import org.ektefaa.beneficiaries.api.BeneficiaryRegistered;
import org.ektefaa.reporting.entity.BeneficiaryFact;
import org.ektefaa.reporting.entity.DailyCounts;
import org.ektefaa.reporting.entity.HoursFact;
import org.ektefaa.reporting.entity.InvitationFact;
import org.ektefaa.reporting.entity.RequestFact;
import org.ektefaa.reporting.entity.SurveyFact;
import org.ektefaa.reporting.entity.VolunteerFact;
import org.ektefaa.requests.api.RequestClosed;
import org.ektefaa.requests.api.RequestDecided;
import org.ektefaa.requests.api.RequestRaisedForDecision;
import org.ektefaa.requests.api.RequestReceived;
import org.ektefaa.requests.api.ServiceDelivered;
import org.ektefaa.satisfaction.api.SurveyAnswered;
import org.ektefaa.satisfaction.api.SurveyInvited;
import org.ektefaa.volunteering.api.VolunteerApproved;
import org.ektefaa.volunteering.api.VolunteerHoursApproved;
import org.ektefaa.volunteering.api.VolunteerRegistered;

/**
 * Keeps the reports' facts from the other modules' events, after the change each describes is committed
 * ({@link Committed}: recorded with the change, delivered in a transaction of its own, in the order recorded,
 * retried while it fails): a failure here never rolls back an applicant's request, and no event is lost. The
 * daily summaries ({@link DailyFacts}) change with each fact by what it counts differently after the event. A
 * registration request may be decided without a {@code RequestReceived} before it; its fact is then started
 * from the decision. Each event reaches a handler once: the delivery and the removal of its journal row commit
 * together, under a lock on that row; a handler that creates a fact still checks that it is not there.
 */
@ApplicationScoped
public class FactRecorder {

    /** Between the demo's steps this module's persistence context is written and let go of (the load stays linear). */
    void settle(@jakarta.enterprise.event.Observes org.ektefaa.platform.api.DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DailyFacts daily;

    void on(@Observes @Committed RequestReceived e) {
        if (em.find(RequestFact.class, e.requestId()) == null) {
            RequestFact fact = new RequestFact(e.requestId(), e.trackingNumber(), e.type(), e.channel(), e.receivedAt());
            em.persist(fact);
            daily.apply(new DailyCounts(), daily.of(fact));
        }
    }

    void on(@Observes @Committed RequestRaisedForDecision e) {
        change(e.requestId(), e.trackingNumber(), e.type(), e.channel(), e.raisedAt(), f -> f.raised(e.raisedAt(), e.dueDate()));
    }

    void on(@Observes @Committed RequestDecided e) {
        change(e.requestId(), e.trackingNumber(), e.type(), e.channel(), e.decidedAt(),
                f -> f.decided(e.approved(), e.metDeadline(), e.decidedAt(), e.dueDate(), clock.getZone()));
    }

    void on(@Observes @Committed ServiceDelivered e) {
        existing(e.requestId(), f -> f.delivered(e.serviceCode()));
    }

    void on(@Observes @Committed org.ektefaa.requests.api.RequestAnswered e) {
        if (e.complaintTheme() != null) {
            existing(e.requestId(), f -> f.resolved(e.complaintTheme(), e.upheld()));
        }
    }

    void on(@Observes @Committed RequestClosed e) {
        change(e.requestId(), e.trackingNumber(), e.type(), e.channel(), e.receivedAt(), f -> f.closed(e.closedAt(), e.serviceCode()));
    }

    void on(@Observes @Committed SurveyInvited e) {
        if (em.find(InvitationFact.class, e.invitationId()) == null) {
            InvitationFact fact = new InvitationFact(e.invitationId(), e.invitedAt(), e.requestType(), e.channel(), e.serviceCode());
            em.persist(fact);
            daily.apply(new DailyCounts(), daily.of(fact));
        }
    }

    void on(@Observes @Committed SurveyAnswered e) {
        if (em.find(SurveyFact.class, e.responseId()) == null) {
            SurveyFact fact = new SurveyFact(e.responseId(), e.answeredAt(), e.requestType(), e.channel(), e.serviceCode(),
                    e.overall(), e.speed(), e.courtesy(), e.clarity(), e.effort(), e.recommend());
            em.persist(fact);
            daily.apply(new DailyCounts(), daily.of(fact));
        }
        if (e.suggestion() && em.find(org.ektefaa.reporting.entity.SuggestionFact.class, e.responseId()) == null) {
            em.persist(new org.ektefaa.reporting.entity.SuggestionFact(e.responseId(), e.answeredAt()));
        }
    }

    void on(@Observes @Committed org.ektefaa.satisfaction.api.SuggestionReviewed e) {
        org.ektefaa.reporting.entity.SuggestionFact fact = em.find(org.ektefaa.reporting.entity.SuggestionFact.class,
                e.responseId());
        if (fact != null) {
            fact.reviewed(e.status(), e.tags());
        }
    }

    void on(@Observes @Committed VolunteerRegistered e) {
        if (em.find(VolunteerFact.class, e.volunteerId()) == null) {
            em.persist(new VolunteerFact(e.volunteerId(), e.at()));
        }
    }

    void on(@Observes @Committed VolunteerApproved e) {
        VolunteerFact fact = em.find(VolunteerFact.class, e.volunteerId());
        if (fact == null) {
            fact = new VolunteerFact(e.volunteerId(), e.at());
            em.persist(fact);
        }
        fact.approved(e.at());
    }

    void on(@Observes @Committed VolunteerHoursApproved e) {
        if (em.find(HoursFact.class, e.hoursId()) == null) {
            em.persist(new HoursFact(e.hoursId(), e.volunteerId(), e.opportunityId(), e.hours(), e.workedOn()));
        }
    }

    void on(@Observes @Committed BeneficiaryRegistered e) {
        if (em.find(BeneficiaryFact.class, e.beneficiaryId()) == null) {
            em.persist(new BeneficiaryFact(e.beneficiaryId(), e.registeredAt(), e.channel()));
        }
    }

    void on(@Observes @Committed org.ektefaa.eligibility.api.AssessmentMade e) {
        if (em.find(org.ektefaa.reporting.entity.AssessmentFact.class, e.assessmentId()) == null) {
            em.persist(new org.ektefaa.reporting.entity.AssessmentFact(e.assessmentId(), e.fileId(), e.categoryCode(),
                    e.outcome().name(), e.band(), e.score(), e.madeFor(), e.madeAt()));
        }
    }

    void on(@Observes @Committed org.ektefaa.eligibility.api.RulesOverridden e) {
        if (em.find(org.ektefaa.reporting.entity.OverrideFact.class, e.requestId()) == null) {
            em.persist(new org.ektefaa.reporting.entity.OverrideFact(e.requestId(), e.outcome().name(), e.approved(),
                    e.decidedAt()));
        }
    }

    /** A visit's state: the latest change stands, whatever order the events arrive in ({@code VisitFact.now}). */
    void on(@Observes @Committed org.ektefaa.eligibility.api.VisitRecorded e) {
        org.ektefaa.reporting.entity.VisitFact fact = em.find(org.ektefaa.reporting.entity.VisitFact.class, e.visitId());
        if (fact == null) {
            fact = new org.ektefaa.reporting.entity.VisitFact(e.visitId(), e.assignedAt());
            em.persist(fact);
        }
        fact.now(e.status(), e.dueOn(), e.closedAt(), e.recommendation(), e.changedAt());
    }

    /** Changes the request's fact (started here if no event started it) and its daily summaries by the difference. */
    private void change(long id, String tracking, org.ektefaa.requests.api.RequestType type,
                        org.ektefaa.platform.api.ContactChannel channel, java.time.Instant receivedAt,
                        java.util.function.Consumer<RequestFact> change) {
        RequestFact fact = em.find(RequestFact.class, id);
        DailyCounts before = new DailyCounts();
        if (fact == null) {
            fact = new RequestFact(id, tracking, type, channel, receivedAt);
            em.persist(fact);
        } else {
            before = daily.of(fact);
        }
        change.accept(fact);
        daily.apply(before, daily.of(fact));
    }

    /** Changes the request's fact, if there is one, and its daily summaries by the difference. */
    private void existing(long id, java.util.function.Consumer<RequestFact> change) {
        RequestFact fact = em.find(RequestFact.class, id);
        if (fact != null) {
            DailyCounts before = daily.of(fact);
            change.accept(fact);
            daily.apply(before, daily.of(fact));
        }
    }
}

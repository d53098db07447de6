package org.ektefaa.requests.control;

import org.ektefaa.platform.api.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;

/**
 * Requests as the boundaries change them: read for a change only when nobody changed them since they were shown, and
 * counted per status once created or moved.
 */
@ApplicationScoped
public class RequestStore {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    RequestCounts counts;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    @Inject
    org.ektefaa.eligibility.api.Eligibility eligibility;

    @Inject
    jakarta.enterprise.event.Event<org.ektefaa.eligibility.api.RulesOverridden> overridden;

    /**
     * Whether approving {@code request} overrides a duplicate warning (issue #24): a registration whose file may be the
     * same person as another file on strong grounds, not yet resolved, is approved only with the executive's reason
     * for doing so — kept apart from the decision's reason, which the applicant reads; without one it is refused with
     * how many files to check.
     */
    public boolean overridesDuplicates(AidRequest request, boolean approved, String reason, String by,
                                       java.time.Instant at) {
        // a registration, and a support request too: a person with two files must not receive aid on either unseen
        if (!approved || request.getType() != org.ektefaa.requests.api.RequestType.REGISTRATION
                && request.getType() != org.ektefaa.requests.api.RequestType.SUPPORT
                || request.getBeneficiaryId() == null) {
            return false;
        }
        int open = files.summary(request.getBeneficiaryId())
                .map(org.ektefaa.beneficiaries.api.BeneficiarySummary::strongDuplicates).orElse(0);
        if (open == 0) {
            return false;
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new RuleViolation("decision.error.duplicate", request.getTrackingNumber(), open);
        }
        request.overrideRules(reason);
        // the file's open pairs and its history say which request was approved despite them (issue #24's walk)
        duplicateOverrides.fire(new org.ektefaa.beneficiaries.api.DuplicateOverridden(request.getBeneficiaryId(),
                request.getTrackingNumber(), by, at));
        return true;
    }

    @Inject
    jakarta.enterprise.event.Event<org.ektefaa.beneficiaries.api.DuplicateOverridden> duplicateOverrides;

    /**
     * Whether deciding {@code request} so goes against its file's latest eligibility assessment (issue #26), with the
     * criteria of the service a support request asks for when it has its own: approving a file assessed not eligible, or refusing the registration of an eligible one, needs the executive's reason — kept on the request,
     * announced as {@code RulesOverridden} for the board report; without one it is refused with what the assessment
     * said. A file still to be reviewed (a criterion not known) or never assessed asks for nothing.
     *
     * @return the assessment gone against, if any
     */
    public java.util.Optional<org.ektefaa.eligibility.api.Standing> overridesEligibility(AidRequest request,
            boolean approved, String reason, String by, java.time.Instant at) {
        if (request.getBeneficiaryId() == null
                || !approved && request.getType() != org.ektefaa.requests.api.RequestType.REGISTRATION) {
            // a support request may be refused for a budget or a duplicate support without going against the rules
            return java.util.Optional.empty();
        }
        // a support request is weighed with the criteria of the service it asks for, when that has its own
        java.util.Optional<org.ektefaa.eligibility.api.Standing> standing = (request.getType()
                == org.ektefaa.requests.api.RequestType.REGISTRATION ? eligibility.latest(request.getBeneficiaryId())
                : eligibility.forService(request.getBeneficiaryId(), request.getServiceCode()))
                .filter(s -> s.outcome().isAgainst(approved));
        if (standing.isEmpty()) {
            return standing;
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new RuleViolation(approved ? "decision.error.notEligible" : "decision.error.eligible",
                    request.getTrackingNumber());
        }
        request.overrideRules(reason);
        overridden.fire(new org.ektefaa.eligibility.api.RulesOverridden(request.getId(), request.getBeneficiaryId(),
                standing.get().assessmentId(), standing.get().outcome(), approved, by, at));
        return standing;
    }

    /**
     * The request to change, if nobody changed it since {@code expectedVersion} was read; refuses a missing one with
     * a message the page can show.
     */
    public AidRequest forChange(long id, long expectedVersion) {
        AidRequest request = em.find(AidRequest.class, id);
        if (request == null) {
            throw new RuleViolation("request.error.missing");
        }
        Versioned.asSeen(request, expectedVersion);
        return request;
    }

    /** New or moved requests: their moves join the dashboard's counters in this transaction. */
    public void counted(AidRequest... requests) {
        counts.count(requests);
    }

    /** Requests per status now, from the counters. */
    public Map<RequestStatus, Long> perStatus() {
        return counts.now();
    }
}

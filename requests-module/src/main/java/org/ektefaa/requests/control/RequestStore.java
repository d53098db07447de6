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

    /**
     * Whether approving {@code request} overrides a duplicate warning (issue #24): a registration whose file may be the
     * same person as another file on strong grounds, not yet resolved, is approved only with the executive's reason
     * for doing so — kept apart from the decision's reason, which the applicant reads; without one it is refused with
     * how many files to check.
     */
    public boolean overridesDuplicates(AidRequest request, boolean approved, String reason) {
        if (!approved || request.getType() != org.ektefaa.requests.api.RequestType.REGISTRATION
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
        return true;
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

package org.ektefaa.requests.control;

import org.ektefaa.platform.api.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.entity.AidRequest;

/** Requests as the boundaries change them: read for a change only when nobody changed them since they were shown. */
@ApplicationScoped
public class RequestStore {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

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
}

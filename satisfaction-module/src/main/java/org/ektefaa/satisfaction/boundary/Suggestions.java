package org.ektefaa.satisfaction.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.satisfaction.entity.SuggestionStatus;
import org.ektefaa.satisfaction.entity.SurveyResponse;

/** Suggestions written in surveys (policy §3.7): read by the quality officer, adopted or not, tagged with themes. */
@ApplicationScoped
@Transactional
public class Suggestions {

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<org.ektefaa.satisfaction.api.SuggestionReviewed> reviewed;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    /** Suggestions written in surveys, newest first, optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<SurveyResponse> suggestions(SuggestionStatus status, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SurveyResponse> query = cb.createQuery(SurveyResponse.class);
        Root<SurveyResponse> r = query.from(SurveyResponse.class);
        List<Predicate> where = new ArrayList<>(List.of(cb.isNotNull(r.get("suggestion"))));
        if (status != null) {
            where.add(cb.equal(r.get("suggestionStatus"), status));
        }
        query.select(r).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(r.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void review(long responseId, long expectedVersion, SuggestionStatus status, String tags) {
        String by = caller.name();
        SurveyResponse response = em.find(SurveyResponse.class, responseId);
        Versioned.asSeen(response, expectedVersion);
        response.review(status, tags);
        reviewed.fire(new org.ektefaa.satisfaction.api.SuggestionReviewed(responseId, status.name(),
                response.getSuggestionTags(), clock.instant()));
        audited.fire(new Audited(by, "SUGGESTION_REVIEWED", "SurveyResponse", String.valueOf(responseId), status.name()));
    }
}

package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.reporting.entity.RequestFact;
import org.ektefaa.requests.api.RequestDirectory;

/**
 * The rebuild path for facts that predate the reporting module (a database that ran without it, an import):
 * reads the requests module's records through its api, batch by batch, and adds the facts that are missing.
 * Facts already kept from events are left as they are. Surveys, volunteers and hours are kept from events only.
 */
@ApplicationScoped
public class FactRebuild {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    RequestDirectory requests;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.reporting.control.DailyFacts daily;

    /** Adds the missing request facts; returns how many were added. */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME})
    public int rebuildRequests() {
        String by = caller.name();
        int added = 0;
        long after = 0;
        org.ektefaa.reporting.entity.DailyCounts counted = new org.ektefaa.reporting.entity.DailyCounts();
        List<RequestDirectory.Snapshot> batch;
        do {
            batch = requests.history(after, BATCH);
            for (RequestDirectory.Snapshot snapshot : batch) {
                if (em.find(RequestFact.class, snapshot.requestId()) == null) {
                    RequestFact fact = RequestFact.restored(snapshot, clock.getZone());
                    em.persist(fact);
                    counted.addAll(daily.of(fact));
                    added++;
                }
                after = snapshot.requestId();
            }
            em.flush();
            em.clear();
        } while (batch.size() == BATCH);
        // the daily summaries once, in key order, at the end: live events wait for these rows only as long as this takes
        daily.apply(new org.ektefaa.reporting.entity.DailyCounts(), counted);
        audited.fire(new Audited(by, "FACTS_REBUILT", "RequestFact", null, added + " added"));
        return added;
    }
}

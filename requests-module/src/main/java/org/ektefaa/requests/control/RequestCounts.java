package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.ektefaa.platform.api.StatusCounts;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;

/**
 * How many requests stand in each status, kept as they move (issue #19: the dashboard counted every open request):
 * every boundary that creates a request or moves it hands it here ({@code RequestStore.counted}) in the same
 * transaction; a request refuses to be written with a move not counted.
 */
@ApplicationScoped
public class RequestCounts {

    static final String TABLE = "req_status_counts";

    /** {@link RequestStatus#countedAs} in SQL: every finished request under CLOSED (as migration V15 counts them). */
    public static final String COUNTED_AS = "case when type = 'REGISTRATION' and status in ('APPROVED', 'REJECTED')"
            + " then 'CLOSED' else status end";

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    StatusCounts counts;

    public RequestCounts() {
    }

    /** For the module's own query tests: the counters over a given persistence context. */
    public RequestCounts(EntityManager em, StatusCounts counts) {
        this.em = em;
        this.counts = counts;
    }

    /** Adds the requests' moves to the counters. */
    public void count(AidRequest... requests) {
        Map<RequestStatus, Long> deltas = new EnumMap<>(RequestStatus.class);
        for (AidRequest request : requests) {
            request.uncountedMoves().forEach((status, n) -> deltas.merge(status, n, Long::sum));
        }
        counts.add(em, TABLE, deltas);
    }

    /** Requests per status now (statuses with none are absent), every finished request under CLOSED. */
    public Map<RequestStatus, Long> now() {
        Map<RequestStatus, Long> now = counts.read(em, TABLE, RequestStatus.class);
        now.values().removeIf(n -> n == 0);
        return now;
    }

    /** Counts every request again (after a restore, or if a count was ever in doubt). */
    public void rebuild() {
        counts.rebuild(em, TABLE, COUNTED_AS, "req_request");
    }
}

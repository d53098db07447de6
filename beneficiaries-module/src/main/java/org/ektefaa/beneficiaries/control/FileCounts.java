package org.ektefaa.beneficiaries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.ektefaa.platform.api.StatusCounts;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.FileStatus;

/**
 * How many files stand in each status, kept as they move (issue #19: the dashboard counted every file):
 * every boundary that creates a file or moves it hands it here in the same transaction; a file refuses to be
 * written with a move not counted.
 */
@ApplicationScoped
public class FileCounts {

    static final String TABLE = "ben_status_counts";

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    StatusCounts counts;

    public FileCounts() {
    }

    /** For the module's own query tests: the counters over a given persistence context. */
    public FileCounts(EntityManager em, StatusCounts counts) {
        this.em = em;
        this.counts = counts;
    }

    /** Adds the files' moves to the counters. */
    public void count(Beneficiary... files) {
        Map<FileStatus, Long> deltas = new EnumMap<>(FileStatus.class);
        for (Beneficiary file : files) {
            file.uncountedMoves().forEach((status, n) -> deltas.merge(status, n, Long::sum));
        }
        counts.add(em, TABLE, deltas);
    }

    /** Takes files about to be removed (an import undone) out of the counters. */
    public void removed(Beneficiary... files) {
        Map<FileStatus, Long> deltas = new EnumMap<>(FileStatus.class);
        for (Beneficiary file : files) {
            deltas.merge(file.getStatus(), -1L, Long::sum);
        }
        counts.add(em, TABLE, deltas);
    }

    /** Requests per status now (statuses with none are absent). */
    public Map<FileStatus, Long> now() {
        Map<FileStatus, Long> now = counts.read(em, TABLE, FileStatus.class);
        now.values().removeIf(n -> n == 0);
        return now;
    }

    /** Counts every file again (after a restore, or if a count was ever in doubt). */
    public void rebuild() {
        counts.rebuild(em, TABLE, "status", "ben_beneficiary");
    }
}

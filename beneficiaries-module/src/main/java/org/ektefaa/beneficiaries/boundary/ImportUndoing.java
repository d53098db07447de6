package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.ektefaa.beneficiaries.api.ImportUndone;
import org.ektefaa.beneficiaries.control.FileCounts;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate;
import org.ektefaa.beneficiaries.entity.FileEvent;
import org.ektefaa.beneficiaries.entity.ImportBatch;
import org.ektefaa.beneficiaries.entity.ImportedRow;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The undoing of an import batch a part at a time, each part in a transaction of its own ({@link ImportBatches#undo}):
 * undone in one, a batch of 3,850 files held every file, its members and history in one persistence context and ran
 * the server out of a 512 MB heap. The batch is claimed first (one administrator undoes it; an undo the server stopped
 * is taken up again and goes on where it stopped, the files already removed being gone), then its files are removed
 * a part at a time, then it is marked undone and its past aid taken back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportUndoing {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    FileCounts counts;

    @Inject
    Event<Audited> audited;

    @Inject
    Event<ImportUndone> undoings;

    /** What a part of an undo did: files removed, files kept because worked on since, kept files the batch filled. */
    public record Part(int removed, List<Long> changedSince, List<Long> filled) {
    }

    /**
     * Claims batch {@code id} for undoing; the rows it wrote, in order.
     *
     * @throws RuleViolation {@code import.error.notUndoable} when it runs, is being undone, was undone, or is older
     *                       than 30 days
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ImportedRow> claim(long id) {
        Instant now = clock.instant();
        ImportBatch batch = em.find(ImportBatch.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || !batch.isUndoable(now)) {
            throw new RuleViolation("import.error.notUndoable");
        }
        batch.undoing(now);
        return em.createQuery("select r from ImportedRow r where r.batchId = :b and r.outcome <> :failed"
                        + " order by r.position", ImportedRow.class)
                .setParameter("b", id).setParameter("failed", ImportedRow.Outcome.FAILED).getResultList();
    }

    /** Removes the files of {@code rows} nobody worked on since (nor uses: {@code inUse}); what it did. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Part remove(long id, Collection<ImportedRow> rows, Set<Long> inUse) {
        int removed = 0;
        List<Long> changed = new ArrayList<>();
        List<Long> filled = new ArrayList<>();
        for (ImportedRow row : rows) {
            Beneficiary file = em.find(Beneficiary.class, row.getFileId());
            if (file == null) {
                continue; // removed by an undo that stopped, or since
            }
            if (row.getOutcome() == ImportedRow.Outcome.UPDATED) {
                filled.add(file.getId());
            } else if (inUse.contains(file.getId()) || workedOn(file, row)) {
                changed.add(file.getId());
            } else {
                counts.removed(file);
                em.remove(file);
                removed++;
            }
        }
        ImportBatch batch = em.find(ImportBatch.class, id);
        if (batch != null) {
            batch.touch(clock.instant());
        }
        return new Part(removed, changed, filled);
    }

    /** Marks batch {@code id} undone, takes back its past aid ({@link ImportUndone}) and audits what was done. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void finish(long id, int removed, int changed, int filled) {
        ImportBatch batch = em.find(ImportBatch.class, id, LockModeType.PESSIMISTIC_WRITE);
        String by = caller.name();
        batch.undo(by, clock.instant());
        // pairs of possible duplicates went with the removed files (the database removes them)
        em.getEntityManagerFactory().getCache().evict(DuplicateCandidate.class);
        undoings.fire(new ImportUndone(id));
        audited.fire(new Audited(by, "IMPORT_UNDONE", "ImportBatch", String.valueOf(id),
                removed + " removed, " + changed + " kept (worked on), " + filled + " filled"));
    }

    /** Whether a file the import made has been worked on since: saved, or anything in its history but its making. */
    private static boolean workedOn(Beneficiary file, ImportedRow row) {
        return row.getFileVersion() == null || file.getVersion() != row.getFileVersion() || file.getMergedInto() != null
                || file.getHistory().stream().anyMatch(e -> e.getKind() != FileEvent.Kind.CREATED
                        && e.getKind() != FileEvent.Kind.IMPORTED);
    }
}

package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.ektefaa.beneficiaries.api.FileUsage;
import org.ektefaa.beneficiaries.control.NameIndex;
import org.ektefaa.beneficiaries.entity.ImportBatch;
import org.ektefaa.beneficiaries.entity.ImportedRow;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The import of the people a dry run accepted (issue #25), as one numbered batch that runs in the background: the
 * administrator may leave the page and come back to its progress. Each person is written whole in a transaction of
 * their own ({@link ImportWriter}); a batch cut short by a restart is resumed by importing the same file again, and
 * skips whoever it wrote.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportBatches {

    private static final Logger LOG = Logger.getLogger(ImportBatches.class.getName());

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImportWriter writer;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportUndoing undoing;

    @Inject
    Instance<FileUsage> usages;

    /** What undoing a batch did: how many files it removed, the files kept because they were worked on since, and the
     *  kept files the batch had filled (left as they are). */
    public record Undone(int removed, List<Long> changedSince, List<Long> filled) implements java.io.Serializable {
    }

    /**
     * Starts importing the people of {@code people} the dry run did not refuse and the administrator did not leave out;
     * the batch's number.
     *
     * @throws RuleViolation {@code import.error.nothing} when nobody is left to import
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public long start(String fileName, String contentHash, List<ImportCheck.Person> people, boolean verifiedBefore) {
        // the accepted people the administrator did not leave out (issue #25: "all or those selected")
        List<ImportCheck.Person> accepted = people.stream().filter(ImportCheck.Person::isIncluded).toList();
        if (accepted.isEmpty()) {
            throw new RuleViolation("import.error.nothing");
        }
        long batch = writer.begin(fileName, contentHash, accepted.size(), verifiedBefore);
        // the task has nobody signed in: it runs as the system, and the writer records the administrator's name
        executor.submit(() -> org.ektefaa.platform.api.SystemActor.run("import", () -> run(batch, accepted)));
        return batch;
    }

    private void run(long batch, List<ImportCheck.Person> people) {
        try {
            write(batch, people);
        } catch (RuntimeException stopped) {
            // the batch stays as it is: it counts as stopped once its clock stands still, and is resumed or undone
            LOG.warning("Import batch " + batch + " stopped (" + NameIndex.causes(stopped)
                    + "); importing the same file again resumes it");
        }
    }

    private void write(long batch, List<ImportCheck.Person> people) {
        int position = writer.nextPosition(batch);
        for (ImportCheck.Person person : people) {
            try {
                writer.write(batch, position, person);
            } catch (RuntimeException e) {
                // one person's failure (another officer saved the same file meanwhile, a rule the check did not see)
                // is remembered with its reason and the batch goes on; the message is not logged (it may quote data)
                String reason = e instanceof RuleViolation v ? v.messageKey() : "import.error.failed";
                LOG.warning("Import batch " + batch + ": line " + person.lines().get(0) + " not written ("
                        + NameIndex.causes(e) + ")");
                try {
                    writer.failed(batch, position, person, reason);
                } catch (RuntimeException again) {
                    LOG.warning("Import batch " + batch + " stopped (" + NameIndex.causes(again)
                            + "); importing the same file again resumes it");
                    return;
                }
            }
            position++;
        }
        writer.finish(batch);
    }

    /** A batch as it stands now. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ImportBatch progress(long id) {
        ImportBatch batch = em.find(ImportBatch.class, id);
        if (batch == null) {
            throw new RuleViolation("import.error.noBatch");
        }
        return batch;
    }

    /** The batches of the last 30 days (those that may still be undone), at least the ten latest, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ImportBatch> recent() {
        List<ImportBatch> month = em.createQuery("select b from ImportBatch b where b.startedAt >= :since"
                        + " order by b.id desc", ImportBatch.class)
                .setParameter("since", clock.instant().minus(ImportBatch.UNDOABLE)).getResultList();
        return month.size() >= 10 ? month : em.createQuery("select b from ImportBatch b order by b.id desc",
                ImportBatch.class).setMaxResults(10).getResultList();
    }

    /** How many files one transaction of an undo removes at most. */
    static final int UNDONE_AT_ONCE = 200;

    /**
     * Undoes batch {@code id} within 30 days of it: every file it made that nobody has worked on since is removed
     * (with its history); a file saved, verified, signed, given a document or a request, or merged since is kept and
     * listed; the kept files it filled are listed and left as they are (what was blank before is not known apart from
     * what was typed since). Done {@value #UNDONE_AT_ONCE} files at a time, each part in a transaction of its own
     * ({@link ImportUndoing}); an undo the server stopped is taken up again by undoing the batch again. Audited.
     *
     * @throws RuleViolation {@code import.error.notUndoable} when the batch runs or is being undone, was undone, or is
     *                       older than 30 days
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Undone undo(long id) {
        List<ImportedRow> rows = undoing.claim(id);
        Set<Long> made = new HashSet<>();
        rows.stream().filter(r -> r.getOutcome() == ImportedRow.Outcome.CREATED).forEach(r -> made.add(r.getFileId()));
        Set<Long> inUse = new HashSet<>();
        usages.forEach(usage -> inUse.addAll(usage.inUse(made)));
        int removed = 0;
        List<Long> changed = new ArrayList<>();
        List<Long> filled = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += UNDONE_AT_ONCE) {
            ImportUndoing.Part part = undoing.remove(id, rows.subList(from, Math.min(rows.size(), from + UNDONE_AT_ONCE)),
                    inUse);
            removed += part.removed();
            changed.addAll(part.changedSince());
            filled.addAll(part.filled());
        }
        undoing.finish(id, removed, changed.size(), filled.size());
        return new Undone(removed, changed, filled);
    }
}

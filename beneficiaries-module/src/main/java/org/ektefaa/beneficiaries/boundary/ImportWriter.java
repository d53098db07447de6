package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.beneficiaries.api.PastAidImported;
import org.ektefaa.beneficiaries.control.DuplicateCheck;
import org.ektefaa.beneficiaries.control.FileCounts;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.ImportBatch;
import org.ektefaa.beneficiaries.entity.ImportedRow;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.PersonalData;
import org.ektefaa.beneficiaries.control.ImportValues;

/**
 * Writes one person of an import batch in a transaction of its own (issue #25): a new file, or the blanks of the file
 * kept under the same identity number filled while it is still being prepared (nothing it holds is overwritten; a
 * file submitted or decided is left as it is), the person's row remembered and the
 * batch's counters moved in the same commit — so a crash leaves no half-made file and a resumed batch skips whoever
 * is done. Administrators only: {@link ImportBatches}' background task, which has nobody signed in, calls it as the
 * system ({@code SystemActor}), and the rows are written in the name of the administrator who started (or resumed) the
 * batch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportWriter {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    FileCounts counts;

    @Inject
    DuplicateCheck duplicates;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Event<PastAidImported> pastAid;

    /**
     * Opens a batch of {@code people} from the file whose bytes hash to {@code contentHash}, or resumes the batch of
     * the same file that stopped with the server (claimed by one administrator only); its number.
     *
     * @throws RuleViolation {@code import.error.running} while the same file is being imported
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public long begin(String fileName, String contentHash, int people, boolean verifiedBefore) {
        String by = caller.name();
        Instant now = clock.instant();
        ImportBatch running = em.createQuery("select b from ImportBatch b where b.contentHash = :h and b.status = :running"
                        + " order by b.id desc", ImportBatch.class)
                .setParameter("h", contentHash).setParameter("running", ImportBatch.Status.RUNNING).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        if (running == null) {
            ImportBatch batch = new ImportBatch(fileName, contentHash, verifiedBefore, people, by, now);
            em.persist(batch);
            em.flush();
            audited.fire(new Audited(by, "IMPORT_STARTED", "ImportBatch", String.valueOf(batch.getId()), people + " people"));
            return batch.getId();
        }
        // one administrator claims a batch that stopped: the first to move its clock on
        if (!running.isCutShort(now) || em.createQuery("update ImportBatch b set b.touchedAt = :now where b.id = :id"
                        + " and b.touchedAt = :seen").setParameter("now", now).setParameter("id", running.getId())
                .setParameter("seen", running.getTouchedAt()).executeUpdate() != 1) {
            throw new RuleViolation("import.error.running", running.getId());
        }
        em.refresh(running);
        em.createQuery("delete from ImportedRow r where r.batchId = :b and r.outcome = :failed")
                .setParameter("b", running.getId()).setParameter("failed", ImportedRow.Outcome.FAILED).executeUpdate();
        List<Object[]> written = em.createQuery("select r.outcome, count(r) from ImportedRow r where r.batchId = :b"
                + " group by r.outcome", Object[].class).setParameter("b", running.getId()).getResultList();
        int created = 0;
        int updated = 0;
        for (Object[] row : written) {
            if (row[0] == ImportedRow.Outcome.CREATED) {
                created = ((Number) row[1]).intValue();
            } else {
                updated = ((Number) row[1]).intValue();
            }
        }
        running.resume(people, created + updated, created, updated, by, now);
        audited.fire(new Audited(by, "IMPORT_RESUMED", "ImportBatch", String.valueOf(running.getId()), people + " people"));
        return running.getId();
    }

    /** The place after the last person batch {@code batchId} has written (0 for a new batch). */
    @RolesAllowed(Role.ADMIN_NAME)
    public int nextPosition(long batchId) {
        Integer last = em.createQuery("select max(r.position) from ImportedRow r where r.batchId = :b", Integer.class)
                .setParameter("b", batchId).getSingleResult();
        return last == null ? 0 : last + 1;
    }

    /**
     * Writes {@code person}, the batch's {@code position}th; what became of them, or nothing when this batch wrote them
     * already (a batch resumed).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public ImportedRow.Outcome write(long batchId, int position, ImportCheck.Person person) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        String by = batch.getWrittenBy();
        boolean verifiedBefore = batch.isVerifiedBefore();
        Instant now = clock.instant();
        String hash = personalData.lookupHash(person.idNumber());
        if (!em.createQuery("select r.position from ImportedRow r where r.batchId = :b and r.identityHash = :h"
                        + " and r.outcome <> :failed", Integer.class).setParameter("b", batchId).setParameter("h", hash)
                .setParameter("failed", ImportedRow.Outcome.FAILED).setMaxResults(1).getResultList().isEmpty()) {
            return null;
        }
        Long existing = em.createQuery("select b.id from Beneficiary b where b.idNumberHash = :h", Long.class)
                .setParameter("h", hash).getResultStream().findFirst().orElse(null);
        Beneficiary file;
        ImportedRow.Outcome outcome;
        FileForm form = person.form();
        if (existing == null) {
            file = new Beneficiary(form.getChannel(), by, now);
            file.identify(form.getIdType(), person.idNumber(), hash, person.idNumber().substring(6), null);
            file.describe(form.toDetails(LocalDate.now(clock), personalData), null, by, now);
            file.imported(batchId, verifiedBefore, by, now);
            em.persist(file);
            counts.count(file);
            outcome = ImportedRow.Outcome.CREATED;
        } else {
            file = em.find(Beneficiary.class, existing);
            // a file still being prepared has its blanks filled; one submitted, decided or closed is left as it is
            // (what its applicant signed is not changed behind the employee who verified it): its past aid is kept
            FileForm kept = FileForm.of(file);
            if (file.getStatus().isOpenForEditing() && fill(kept, form)) {
                file.describe(kept.toDetails(LocalDate.now(clock), personalData), "import " + batchId, by, now);
            }
            file.filledByImport(batchId, by, now);
            outcome = ImportedRow.Outcome.UPDATED;
        }
        em.flush();
        duplicates.record(file, now);
        em.flush();
        em.persist(new ImportedRow(batchId, position, hash, file.getId(), file.getVersion(), outcome, null));
        int given = 0;
        for (ImportCheck.PastAid aid : person.aid()) {
            // the person's past aid, kept as history by the requests module
            pastAid.fire(new PastAidImported(file.getId(), batchId, position, given++, aid.date(), aid.service(),
                    aid.quantity(), aid.amount(), aid.fund()));
        }
        moved(batchId, outcome, now);
        audited.fire(new Audited(by, outcome == ImportedRow.Outcome.CREATED ? "FILE_IMPORTED" : "FILE_FILLED_BY_IMPORT",
                "Beneficiary", String.valueOf(file.getId()), String.valueOf(batchId)));
        return outcome;
    }

    /** Remembers that {@code person} could not be written ({@code reason} a message key); the batch goes on. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void failed(long batchId, int position, ImportCheck.Person person, String reason) {
        em.persist(new ImportedRow(batchId, position, personalData.lookupHash(person.idNumber()), null, null,
                ImportedRow.Outcome.FAILED, reason));
        moved(batchId, ImportedRow.Outcome.FAILED, clock.instant());
    }

    private void moved(long batchId, ImportedRow.Outcome outcome, Instant now) {
        em.createQuery("update ImportBatch b set b.done = b.done + 1, b.created = b.created + :c,"
                        + " b.updated = b.updated + :u, b.failed = b.failed + :f, b.touchedAt = :now where b.id = :id")
                .setParameter("c", outcome == ImportedRow.Outcome.CREATED ? 1 : 0)
                .setParameter("u", outcome == ImportedRow.Outcome.UPDATED ? 1 : 0)
                .setParameter("f", outcome == ImportedRow.Outcome.FAILED ? 1 : 0)
                .setParameter("now", now).setParameter("id", batchId).executeUpdate();
    }

    /** Ends a batch whose people are all written. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void finish(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        batch.finish(clock.instant());
        audited.fire(new Audited(batch.getStartedBy(), "IMPORT_DONE", "ImportBatch", String.valueOf(batchId),
                batch.getCreated() + " created, " + batch.getUpdated() + " filled, " + batch.getFailed() + " failed"));
    }

    /**
     * Fills what the kept file leaves blank with what the import brings: its own fields, household members it does not
     * list (by identity number, else by name), an income when it has none. Whether anything was filled.
     */
    static boolean fill(FileForm kept, FileForm brought) {
        boolean filled = false;
        filled |= set(kept.getNameEn(), brought.getNameEn(), kept::setNameEn);
        filled |= set(kept.getGender(), brought.getGender(), kept::setGender);
        filled |= set(kept.getBirthDate(), brought.getBirthDate(), kept::setBirthDate);
        filled |= set(kept.getMaritalStatus(), brought.getMaritalStatus(), kept::setMaritalStatus);
        filled |= set(kept.getMobile(), brought.getMobile(), kept::setMobile);
        filled |= set(kept.getEmail(), brought.getEmail(), kept::setEmail);
        filled |= set(kept.getCity(), brought.getCity(), kept::setCity);
        filled |= set(kept.getDistrict(), brought.getDistrict(), kept::setDistrict);
        filled |= set(kept.getAddress(), brought.getAddress(), kept::setAddress);
        filled |= set(kept.getCategoryCode(), brought.getCategoryCode(), kept::setCategoryCode);
        if (kept.effectiveIban() == null && brought.getIban() != null) {
            kept.setIban(brought.getIban());
            filled = true;
        }
        if (kept.getIncomes().isEmpty() && !brought.getIncomes().isEmpty()) {
            kept.getIncomes().addAll(brought.getIncomes());
            filled = true;
        }
        for (FileForm.Member member : brought.getHousehold()) {
            boolean known = kept.getHousehold().stream().anyMatch(m -> member.getIdNumber() != null
                    ? member.getIdNumber().equals(m.effectiveIdNumber())
                    : ImportValues.word(member.getFullName()).equals(ImportValues.word(m.getFullName())));
            if (!known) {
                kept.getHousehold().add(member);
                filled = true;
            }
        }
        return filled;
    }

    private static <T> boolean set(T kept, T brought, java.util.function.Consumer<T> setter) {
        if (kept == null && brought != null) {
            setter.accept(brought);
            return true;
        }
        return false;
    }
}

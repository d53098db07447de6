package org.ektefaa.beneficiaries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Beneficiary;

/**
 * The nightly duplicate check (issue #24): every file's candidates recorded again ({@link DuplicateCheck}), 200 files
 * per transaction, so that a file that became like another one by someone else's change (the other file's mobile,
 * a member added there) is raised too. A batch that meets someone else's change is left: that change recorded it.
 */
@ApplicationScoped
public class DuplicateSweep {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DuplicateSweep.class.getName());

    @Inject
    Batches batches;

    /** Checks every file; how many pairs are open after it. */
    public long run() {
        long after = 0;
        int skipped = 0;
        while (true) {
            List<Long> ids = batches.next(after);
            if (ids.isEmpty()) {
                if (skipped > 0) {
                    LOG.warning("Duplicate check: " + skipped + " batches of files met a change made meanwhile and were"
                            + " left to the next night");
                }
                return batches.openPairs();
            }
            try {
                batches.check(ids);
            } catch (PersistenceException | jakarta.transaction.TransactionalException meanwhile) {
                // a file of the batch changed meanwhile (and its change recorded its candidates)
                skipped++;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** One batch, in a transaction of its own. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Batches {

        private static final int BATCH = 200;

        @PersistenceContext(unitName = "beneficiaries")
        EntityManager em;

        @Inject
        DuplicateCheck check;

        @Inject
        Clock clock;

        public long openPairs() {
            return em.createQuery("select count(d) from DuplicateCandidate d where d.status = :open", Long.class)
                    .setParameter("open", org.ektefaa.beneficiaries.entity.DuplicateCandidate.Status.OPEN)
                    .getSingleResult();
        }

        public List<Long> next(long after) {
            return em.createQuery("select b.id from Beneficiary b where b.id > :after order by b.id", Long.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
        }

        /** Records the candidates of the files {@code ids}; how many pairs are open among them. */
        public int check(List<Long> ids) {
            int open = 0;
            for (Beneficiary file : em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                    .setParameter("ids", ids).getResultList()) {
                open += check.record(file, clock.instant());
            }
            em.flush();
            return open;
        }
    }
}

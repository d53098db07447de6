package org.ektefaa.beneficiaries.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.platform.api.DatabaseMigrated;

/**
 * Keys the names of the files kept before the name index existed, or keyed by an older version of it, and hashes the
 * identity numbers of the household members kept before they were hashed (issue #24):
 * after each start-up, in the background while the application serves, 500 files at a time, each batch in its own
 * transaction. A file changed meanwhile (by a user, or by another server doing the same) is left to whoever changed
 * it: saving a file keys it.
 */
@ApplicationScoped
public class NameIndex {

    private static final Logger LOG = Logger.getLogger(NameIndex.class.getName());

    @Inject
    Batches batches;

    @Resource
    ManagedExecutorService executor;

    void on(@Observes DatabaseMigrated migrated) {
        executor.submit(() -> {
            try {
                long keyed = run();
                if (keyed > 0) {
                    LOG.info("Name index: " + keyed + " files keyed");
                }
            } catch (RuntimeException e) {
                LOG.warning("Name index: keying stopped (" + e.getClass().getSimpleName() + "); it starts again at the"
                        + " next start-up");
            }
        });
    }

    /** Keys every file not keyed with the current version, and hashes members' identity numbers; how many files. */
    public long run() {
        long hashed;
        do {
            try {
                hashed = batches.hashMembers();
            } catch (PersistenceException | jakarta.transaction.TransactionalException meanwhile) {
                hashed = 0;
            }
        } while (hashed > 0);
        long keyed = 0;
        long after = 0;
        while (true) {
            List<Long> ids = batches.next(after);
            if (ids.isEmpty()) {
                return keyed;
            }
            try {
                keyed += batches.key(ids);
            } catch (PersistenceException | jakarta.transaction.TransactionalException meanwhile) {
                // someone saved one of these files meanwhile (and so keyed it), or another server keyed them first
                LOG.fine("Name index: a batch was keyed meanwhile");
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** One batch, in a transaction of its own. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Batches {

        private static final int BATCH = 500;

        @PersistenceContext(unitName = "beneficiaries")
        EntityManager em;

        public Batches() {
        }

        /** Batches of {@code em}'s transaction (tests). */
        public Batches(EntityManager em) {
            this.em = em;
        }

        /** The next files (by id, after {@code after}) not keyed with the current version. */
        public List<Long> next(long after) {
            return em.createQuery("select b.id from Beneficiary b where b.nameKeysVersion < :v and b.id > :after"
                            + " order by b.id", Long.class)
                    .setParameter("v", Beneficiary.NAME_KEYS_VERSION).setParameter("after", after)
                    .setMaxResults(BATCH).getResultList();
        }

        @jakarta.inject.Inject
        org.ektefaa.platform.api.protect.PersonalData personalData;

        /**
         * Hashes the identity numbers of up to 500 household members kept before they were hashed (issue #24); how
         * many.
         */
        public int hashMembers() {
            List<org.ektefaa.beneficiaries.entity.HouseholdMember> members = em.createQuery(
                    "select m from HouseholdMember m where m.idNumber is not null and m.idNumberHash is null order by m.id",
                    org.ektefaa.beneficiaries.entity.HouseholdMember.class).setMaxResults(BATCH).getResultList();
            members.forEach(m -> m.hashIdentity(personalData.lookupHash(m.getIdNumber())));
            em.flush();
            return members.size();
        }

        /** Keys the files {@code ids}; how many. */
        public int key(List<Long> ids) {
            List<Beneficiary> files = em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                    .setParameter("ids", ids).getResultList();
            int keyed = 0;
            for (Beneficiary file : files) {
                if (file.rekey()) {
                    keyed++;
                }
            }
            em.flush();
            return keyed;
        }
    }
}

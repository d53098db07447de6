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
    private static final int ATTEMPTS = 5;
    private static final java.time.Duration PAUSE = java.time.Duration.ofSeconds(20);

    @Inject
    Batches batches;

    @Resource
    ManagedExecutorService executor;

    void on(@Observes DatabaseMigrated migrated) {
        executor.submit(() -> {
            // The first minutes run while the server is still deploying the application, whose connection pool it
            // makes again once deployed (closing the connections in use): a keying cut short starts again after a
            // pause, where it stopped (found at 100,000 files by the bench; 1,000 were keyed before).
            long keyed = 0;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    keyed += run();
                    if (keyed > 0) {
                        LOG.info("Name index: " + keyed + " files keyed");
                    }
                    return;
                } catch (RuntimeException e) {
                    LOG.warning("Name index: keying stopped (" + causes(e) + ")" + (attempt < ATTEMPTS
                            ? "; it goes on in " + PAUSE.toSeconds() + " s" : "; it starts again at the next start-up"));
                }
                try {
                    Thread.sleep(PAUSE.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    /**
     * What went wrong, without the messages (a database's message may quote a name): each cause's class, and the SQL
     * state and error code of a database's.
     */
    public static String causes(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " < ").append(t.getClass().getSimpleName());
            if (t instanceof java.sql.SQLException sql) {
                chain.append(" ").append(sql.getSQLState()).append("/").append(sql.getErrorCode());
            }
        }
        return chain.toString();
    }

    /** Keys every file not keyed with the current version, and hashes members' identity numbers; how many files. */
    public long run() {
        long hashed = 0;
        int tries = 0;
        while (tries < 3) {
            try {
                int batch = batches.hashMembers();
                if (batch == 0) {
                    break;
                }
                hashed += batch;
            } catch (PersistenceException | jakarta.transaction.TransactionalException meanwhile) {
                tries++;
            }
        }
        if (tries == 3) {
            LOG.warning("Name index: household members could not all be hashed; they are at the next start-up");
        } else if (hashed > 0) {
            LOG.info("Name index: " + hashed + " household members' identity numbers hashed");
        }
        long keyed = 0;
        long after = 0;
        int failures = 0;
        while (true) {
            List<Long> ids = batches.next(after);
            if (ids.isEmpty()) {
                return keyed;
            }
            try {
                keyed += batches.key(ids);
                after = ids.get(ids.size() - 1);
                failures = 0;
            } catch (PersistenceException | jakarta.transaction.TransactionalException meanwhile) {
                // another server keyed some of these first: the batch is tried again (what is keyed is skipped);
                // a batch that keeps failing is left for the next start-up
                if (++failures == 3) {
                    LOG.warning("Name index: files after id " + after + " could not be keyed (" + causes(meanwhile)
                            + "); they are keyed at the next start-up");
                    after = ids.get(ids.size() - 1);
                    failures = 0;
                }
            }
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

        /**
         * Keys the files {@code ids}; how many. Written with SQL, not through the files: keying a file does not change
         * it, so an officer editing one meanwhile is not told someone else saved it; a file saved meanwhile (keyed by
         * its save, its version raised) is left as it is.
         */
        public int key(List<Long> ids) {
            List<Beneficiary> files = em.createQuery("select b from Beneficiary b where b.id in :ids"
                            + " and b.nameKeysVersion < :v", Beneficiary.class)
                    .setParameter("ids", ids).setParameter("v", Beneficiary.NAME_KEYS_VERSION).getResultList();
            int keyed = 0;
            for (Beneficiary file : files) {
                int marked = em.createNativeQuery("update ben_beneficiary set name_keys_version = ? where id = ?"
                                + " and name_keys_version < ?")
                        .setParameter(1, Beneficiary.NAME_KEYS_VERSION).setParameter(2, file.getId())
                        .setParameter(3, Beneficiary.NAME_KEYS_VERSION).executeUpdate();
                if (marked == 0) {
                    continue; // keyed meanwhile (saved, or by another server): its row is locked by then, and done
                }
                em.createNativeQuery("delete from ben_name_key where beneficiary_id = ?").setParameter(1, file.getId())
                        .executeUpdate();
                // all its keys in one statement (a million files are keyed in minutes, not an hour)
                List<String> keys = List.copyOf(file.keys());
                jakarta.persistence.Query insert = em.createNativeQuery("insert into ben_name_key (name_key, beneficiary_id)"
                        + " values " + String.join(", ", java.util.Collections.nCopies(keys.size(), "(?, ?)")));
                for (int k = 0; k < keys.size(); k++) {
                    insert.setParameter(2 * k + 1, keys.get(k)).setParameter(2 * k + 2, file.getId());
                }
                insert.executeUpdate();
                keyed++;
            }
            return keyed;
        }
    }
}

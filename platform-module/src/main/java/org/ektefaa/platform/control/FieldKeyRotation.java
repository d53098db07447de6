package org.ektefaa.platform.control;

import org.ektefaa.platform.kernel.SealedFileStore;
import org.ektefaa.platform.kernel.FieldProtection;
import org.ektefaa.platform.kernel.FieldKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.ektefaa.platform.api.DatabaseMigrated;
import org.ektefaa.platform.api.protect.SealedColumns;
import org.ektefaa.platform.api.protect.SealedColumns.Column;

/**
 * Keeps everything sealed under the current field key: each column the modules declare ({@link SealedColumns},
 * the outbox's own included) and every stored file. After each start-up it runs in the background while the
 * application serves: after a key rotation ({@code ops/rotate-field-key}: a new {@code EKTEFAA_FIELD_KEY}, the old
 * one in {@code EKTEFAA_FIELD_KEYS_RETIRED}) it re-seals what the old key sealed, and after an upgrade it seals what
 * was written in clear. Rows are changed in batches of 500, each in its own transaction, and only if nobody changed
 * the value meanwhile; a file is rewritten through a temporary file and moved into place.
 */
@ApplicationScoped
public class FieldKeyRotation {

    private static final Logger LOG = Logger.getLogger(FieldKeyRotation.class.getName());
    private static final int BATCH = 500;
    private static final List<Column> OUTBOX = List.of(new Column("plt_outbox", "id", "recipient", true),
            new Column("plt_outbox", "id", "body", true));

    @Inject
    @Any
    Instance<SealedColumns> declarations;

    @Inject
    Batches batches;

    @Inject
    SealedFileStore files;

    @Inject
    FieldKeys keys;

    @Resource
    ManagedExecutorService executor;

    /** What a pass sealed again: column values and files. */
    public record Result(long values, int files) {
    }

    void on(@Observes DatabaseMigrated migrated) {
        executor.submit(() -> {
            try {
                FieldProtection protection = keys.current();
                Result result = run(protection);
                if (result.values() > 0 || result.files() > 0) {
                    LOG.info("Field key: sealed again under key " + protection.currentKeyId() + ": " + result.values()
                            + " values and " + result.files() + " files; nothing older remains"
                            + (protection.hasRetiredKeys() ? " (EKTEFAA_FIELD_KEYS_RETIRED can be removed)" : ""));
                } else if (protection.hasRetiredKeys()) {
                    LOG.info("Field key: everything is sealed under key " + protection.currentKeyId()
                            + "; EKTEFAA_FIELD_KEYS_RETIRED can be removed");
                }
            } catch (RuntimeException e) {
                LOG.warning("Field key: re-sealing stopped (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "); it starts again at the next start-up");
            }
        });
    }

    /** Seals again under {@code protection}'s current key whatever another key (or no key) sealed. */
    public Result run(FieldProtection protection) {
        List<Column> columns = new ArrayList<>(OUTBOX);
        declarations.forEach(d -> columns.addAll(d.sealedColumns()));
        long values = 0;
        for (Column column : columns) {
            int changed;
            do {
                changed = batches.reseal(column, protection);
                values += changed;
            } while (changed > 0);
        }
        return new Result(values, files.reseal(protection));
    }

    /** One batch of one column, in a transaction of its own. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Batches {

        @PersistenceContext(unitName = "platform")
        EntityManager em;

        /** Re-seals up to 500 values of the column not yet under the current key; how many it changed. */
        public int reseal(Column c, FieldProtection protection) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + c.key() + ", " + c.column() + " from " + c.table()
                            + " where " + c.column() + " is not null and " + c.column() + " not like ? order by " + c.key())
                    .setParameter(1, "v2:" + protection.currentKeyId() + ":%").setMaxResults(BATCH).getResultList();
            int changed = 0;
            for (Object[] row : rows) {
                String stored = (String) row[1];
                String sealed = c.plainBefore() && !stored.startsWith("v2:") ? protection.encrypt(stored)
                        : protection.reseal(stored);
                changed += em.createNativeQuery("update " + c.table() + " set " + c.column() + " = ? where " + c.key()
                                + " = ? and " + c.column() + " = ?")
                        .setParameter(1, sealed).setParameter(2, row[0]).setParameter(3, stored).executeUpdate();
            }
            return changed;
        }
    }
}

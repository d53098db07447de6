package org.ektefaa.aid.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ektefaa.aid.entity.Disbursement;
import org.ektefaa.aid.entity.LedgerHead;

/**
 * The ledger's chain (issue #27): a row is added after the chain's end, locked while it is, so that every row holds the
 * hash of the one before it; the check reads the rows in order and finds the first where the chain broke — a row
 * changed in the database (its hash no longer matches its columns) or removed (the next row's link points elsewhere),
 * or the last rows removed (the head points past the end).
 */
public final class Ledger {

    /** Rows read at a time by the check. */
    static final int BATCH = 1000;

    private Ledger() {
    }

    /** Writes {@code row} at the chain's end. */
    public static void append(EntityManager em, Disbursement row) {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        row.chainAfter(head.getLastHash());
        em.persist(row);
        em.flush();
        head.added(row.getId(), row.getRowHash());
    }

    /** What a check found: how many rows it read, and the first row where the chain broke (null: intact). */
    public record Found(long rows, Long brokenAt) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** Reads the whole chain, a batch at a time, and keeps what it found on the head. */
    public static Found check(EntityManager em, Instant at) {
        // the head first: the rows are then read as they stood with it (one snapshot), whatever is added meanwhile
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID);
        Long headId = head.getLastId();
        String headHash = head.getLastHash();
        String previous = LedgerHead.GENESIS;
        long rows = 0;
        Long broken = null;
        Long lastId = null;
        long after = 0;
        while (broken == null) {
            List<Disbursement> batch = em.createQuery("select d from Disbursement d where d.id > :after"
                            + " and d.id <= :last order by d.id", Disbursement.class).setParameter("after", after)
                    .setParameter("last", headId == null ? 0L : headId).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (Disbursement row : batch) {
                rows++;
                if (row.getRowHash() == null && lastId == null) {
                    continue; // written before the chain existed (the ledger's first rows, before its migration)
                }
                if (!previous.equals(row.getPreviousHash()) || !row.hash(previous).equals(row.getRowHash())) {
                    broken = row.getId();
                    break;
                }
                previous = row.getRowHash();
                lastId = row.getId();
            }
            after = batch.get(batch.size() - 1).getId();
            em.clear();
        }
        if (broken == null && (!Objects.equals(headId, lastId) || !headHash.equals(previous))) {
            broken = lastId == null ? 0L : lastId; // the rows after the last one read were removed
        }
        // kept beside the head without its version: a collection adding a row meanwhile is not refused for it
        em.createNativeQuery("UPDATE aid_ledger_head SET checked_at = ?, checked_rows = ?, broken_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(at)).setParameter(2, rows).setParameter(3, broken)
                .setParameter(4, LedgerHead.ID).executeUpdate();
        return new Found(rows, broken);
    }
}

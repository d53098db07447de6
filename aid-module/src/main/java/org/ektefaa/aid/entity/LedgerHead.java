package org.ektefaa.aid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The end of the ledger's chain (issue #27): the last row and its hash, locked while a row is added so that rows are
 * chained one after the other; and what the nightly check last found (when, how many rows, the first row where the chain
 * broke, if it did).
 */
@Entity
@Table(name = "aid_ledger_head")
public class LedgerHead implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The one head. */
    public static final int ID = 1;

    /** What the chain starts from. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "last_id")
    private Long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "checked_rows")
    private Long checkedRows;

    @Column(name = "broken_at")
    private Long brokenAt;

    @Version
    private long version;

    protected LedgerHead() {
    }

    /** A row was added: it is the chain's end now. */
    public void added(long rowId, String rowHash) {
        this.lastId = rowId;
        this.lastHash = rowHash;
    }

    public Long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Long getCheckedRows() {
        return checkedRows;
    }

    public Long getBrokenAt() {
        return brokenAt;
    }
}

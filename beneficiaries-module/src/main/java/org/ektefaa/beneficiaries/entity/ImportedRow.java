package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person of an import batch, committed (issue #25): the file made or filled, or why it failed. Written in the
 * person's own transaction, so a batch resumed skips whoever already has a row, and undoing finds the files made.
 * The person is known by the keyed hash of their identity number only.
 */
@Entity
@Table(name = "ben_import_row")
@IdClass(ImportedRow.Key.class)
public class ImportedRow {

    /** What became of the person. */
    public enum Outcome { CREATED, UPDATED, FAILED }

    /** The primary key: the batch and the person's place in it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long batchId;
        private int position;

        public Key() {
        }

        public Key(long batchId, int position) {
            this.batchId = batchId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.batchId == batchId && k.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, position);
        }
    }

    @Id
    @Column(name = "batch_id")
    private long batchId;

    @Id
    private int position;

    @Column(name = "identity_hash", nullable = false)
    private String identityHash;

    @Column(name = "file_id")
    private Long fileId;

    /** The file's version as the import left it: a file saved since has a later one (it is kept by an undo). */
    @Column(name = "file_version")
    private Long fileVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    /** A failed person's reason, as a message key. */
    @Column(length = 100)
    private String reason;

    protected ImportedRow() {
    }

    public ImportedRow(long batchId, int position, String identityHash, Long fileId, Long fileVersion, Outcome outcome,
                       String reason) {
        this.batchId = batchId;
        this.position = position;
        this.identityHash = identityHash;
        this.fileId = fileId;
        this.fileVersion = fileVersion;
        this.outcome = outcome;
        this.reason = reason;
    }

    public long getBatchId() { return batchId; }
    public int getPosition() { return position; }
    public String getIdentityHash() { return identityHash; }
    public Long getFileId() { return fileId; }
    public Long getFileVersion() { return fileVersion; }
    public Outcome getOutcome() { return outcome; }
    public String getReason() { return reason; }
}

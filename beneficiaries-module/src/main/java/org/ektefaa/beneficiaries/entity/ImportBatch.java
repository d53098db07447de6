package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One import of an association's spreadsheet (issue #25): who started it, from which file, how far it has come, and
 * whether its files had been verified by the association before. Its counters are moved by the rows as they commit
 * (each in a transaction of its own), so the page that shows the progress only reads them.
 */
@Entity
@Table(name = "ben_import_batch")
public class ImportBatch implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a batch stands. A running batch nothing has moved for a while was cut short (a restart) and is resumed. */
    public enum Status { RUNNING, DONE, UNDOING, UNDONE }

    /** How long a running batch may go without a row committing before it counts as cut short. */
    public static final Duration STALLED = Duration.ofMinutes(2);

    /** How long a batch may be undone. */
    public static final Duration UNDOABLE = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    /** The SHA-256 of the file's bytes: the same file imported again resumes its batch, another never does. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.RUNNING;

    @Column(name = "verified_before", nullable = false)
    private boolean verifiedBefore;

    @Column(nullable = false)
    private int people;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int failed;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    /** In whose name the rows are written: who started the batch, or who resumed it last. */
    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "touched_at", nullable = false)
    private Instant touchedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected ImportBatch() {
    }

    public ImportBatch(String fileName, String contentHash, boolean verifiedBefore, int people, String by, Instant at) {
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.contentHash = contentHash;
        this.writtenBy = by;
        this.verifiedBefore = verifiedBefore;
        this.people = people;
        this.startedBy = by;
        this.startedAt = at;
        this.touchedAt = at;
    }

    /** Whether the batch is running but nothing has moved for {@link #STALLED}: it stopped with the server. */
    public boolean isCutShort(Instant now) {
        return status == Status.RUNNING && touchedAt.plus(STALLED).isBefore(now);
    }

    /**
     * Whether the batch may still be undone at {@code now}, within 30 days: done, stopped with the server, or an undo
     * of it that stopped with the server (it goes on where it stopped).
     */
    public boolean isUndoable(Instant now) {
        boolean stalled = (status == Status.RUNNING || status == Status.UNDOING) && touchedAt.plus(STALLED).isBefore(now);
        return (status == Status.DONE || stalled) && startedAt.plus(UNDOABLE).isAfter(now);
    }

    /** Being undone, a part at a time; {@code at} moves on with each part. */
    public void undoing(Instant at) {
        status = Status.UNDOING;
        touchedAt = at;
    }

    /** An undo moving on: not taken for one that stopped. */
    public void touch(Instant at) {
        touchedAt = at;
    }

    /**
     * Resumed by {@code by}: running again for {@code people} in all, its counters those of the people it wrote (the
     * ones it could not write are tried again).
     */
    public void resume(int people, int done, int created, int updated, String by, Instant at) {
        this.status = Status.RUNNING;
        this.people = people;
        this.done = done;
        this.created = created;
        this.updated = updated;
        this.failed = 0;
        this.writtenBy = by;
        this.touchedAt = at;
    }

    public void finish(Instant at) {
        status = Status.DONE;
        finishedAt = at;
        touchedAt = at;
    }

    public void undo(String by, Instant at) {
        status = Status.UNDONE;
        undoneBy = by;
        undoneAt = at;
    }

    /** The share done, 0 to 100. */
    public int percent() {
        return people == 0 ? 100 : Math.min(100, done * 100 / people);
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public Status getStatus() { return status; }
    public boolean isVerifiedBefore() { return verifiedBefore; }
    public int getPeople() { return people; }
    public int getDone() { return done; }
    public int getCreated() { return created; }
    public int getUpdated() { return updated; }
    public int getFailed() { return failed; }
    public String getStartedBy() { return startedBy; }
    public String getWrittenBy() { return writtenBy; }
    public String getContentHash() { return contentHash; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getTouchedAt() { return touchedAt; }
    public String getUndoneBy() { return undoneBy; }
    public Instant getUndoneAt() { return undoneAt; }
}

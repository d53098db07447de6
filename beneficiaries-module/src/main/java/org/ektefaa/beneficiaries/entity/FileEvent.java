package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a file's history: a status change, a verification, a signature or a correction. */
@Entity
@Table(name = "ben_file_event")
public class FileEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { CREATED, STATUS, VERIFIED, UNVERIFIED, SIGNED, CONSENT, CORRECTION, DOCUMENT,
        /** This file was merged into another (its number or id in the note); the kept file records MERGED_IN. */
        MERGED, MERGED_IN, UNMERGED,
        /** Staff found this file and another are two people (the other's number or "#id", then the note). */
        NOT_SAME,
        /** A request approved despite an open duplicate warning (its tracking number in the note). */
        OVERRIDDEN,
        /** Made or filled by an import batch (its number in the note; issue #25). */
        IMPORTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private FileStatus toStatus;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false, length = 1000)
    private String note;

    protected FileEvent() {
    }

    FileEvent(Kind kind, FileStatus toStatus, String actor, Instant at, String note) {
        this.kind = kind;
        this.toStatus = toStatus;
        this.actor = actor;
        this.occurredAt = at;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    public Kind getKind() {
        return kind;
    }

    public FileStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getNote() {
        return note;
    }
}

package org.ektefaa.aid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.Versioned;

/**
 * A distribution round (issue #27): one programme's due instalments handed out at a place on a day, between hours.
 * Prepared as a draft (its lines are the instalments due by its day), then notified (each line's one-time collection
 * code sent to the person; collections are recorded from then on), then closed (what was not collected is missed).
 */
@Entity
@Table(name = "aid_round")
public class Round implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Handed out at a point (with codes), or paid by bank transfer (a batch exported for the bank). */
    public enum Kind { COLLECTION, TRANSFER }

    /** For a transfer: draft, exported to the bank (NOTIFIED), closed. */
    public enum Status { DRAFT, NOTIFIED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_code", nullable = false, updatable = false, length = 40)
    private String programmeCode;

    @Column(nullable = false, updatable = false, length = 200)
    private String place;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false, length = 40)
    private String hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind = Kind.COLLECTION;

    @Column(name = "prepared_by", nullable = false, updatable = false, length = 100)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private Instant preparedAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Round() {
    }

    /** A draft round: the place and hours as people will read them in their message. */
    public Round(String programmeCode, String place, LocalDate heldOn, String hours, LocalDate today, String by,
                 Instant at) {
        this(Kind.COLLECTION, programmeCode, place, heldOn, hours, today, by, at);
    }

    /** A draft round of either kind; a transfer's place is the bank (or the batch's name) and it has no hours. */
    public Round(Kind kind, String programmeCode, String place, LocalDate heldOn, String hours, LocalDate today,
                 String by, Instant at) {
        this.kind = kind == null ? Kind.COLLECTION : kind;
        String where = place == null ? "" : place.strip();
        String when = hours == null ? "" : hours.strip();
        if (where.length() < 3 || where.length() > 200 || when.length() > 40
                || (this.kind == Kind.COLLECTION && when.isEmpty())) {
            throw new RuleViolation("round.error.place");
        }
        if (heldOn == null || heldOn.isBefore(today)) {
            throw new RuleViolation("round.error.day");
        }
        this.programmeCode = programmeCode;
        this.place = where;
        this.heldOn = heldOn;
        this.hours = when;
        this.preparedBy = by;
        this.preparedAt = at;
    }

    /** The people have been told: collections may be recorded. */
    public void notified(Instant at) {
        if (status != Status.DRAFT) {
            throw new RuleViolation("round.error.notDraft");
        }
        this.status = Status.NOTIFIED;
        this.notifiedAt = at;
    }

    public void close(Instant at) {
        if (status != Status.NOTIFIED) {
            throw new RuleViolation("round.error.notOpen");
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    /** Open for collection at a point (a notified collection round). */
    public boolean isOpen() {
        return status == Status.NOTIFIED && kind == Kind.COLLECTION;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getHours() {
        return hours;
    }

    public Status getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}

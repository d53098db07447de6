package org.ektefaa.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.RuleViolation;

/**
 * A registered file's eligibility period and its renewal (issue #26): the file's eligibility holds until
 * {@code validUntil} — the category's period from the day it was registered, then from each renewal. Reception asks
 * the person, before that day, to bring their updated income and documents; a renewal records the monthly income the
 * household declares now (which must be what the file holds: the file is corrected first) and that the documents were
 * seen, and moves the period on. Corrections and other assessments in between do not: only a renewal, a full look at
 * the household, gives another period.
 */
@Entity
@Table(name = "elg_renewal")
public class Renewal implements Serializable, org.ektefaa.platform.api.Versioned {

    private static final long serialVersionUID = 1L;

    /** How many days before the end of the period a file is listed to renew. */
    public static final int NOTICE_DAYS = 30;

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "asked_by")
    private String askedBy;

    @Column(name = "renewed_at")
    private Instant renewedAt;

    @Column(name = "renewed_by")
    private String renewedBy;

    @Column(name = "income_declared")
    private BigDecimal incomeDeclared;

    @Column(name = "times_renewed", nullable = false)
    private int timesRenewed;

    @Version
    private long version;

    protected Renewal() {
    }

    public Renewal(long fileId, LocalDate validUntil, Instant registeredAt) {
        this.fileId = fileId;
        this.validUntil = validUntil;
        this.registeredAt = registeredAt;
    }

    /** The person was asked (by a message) to bring their updated income and documents. */
    public void asked(String by, Instant at) {
        this.askedAt = at;
        this.askedBy = by;
    }

    /**
     * Renewed: the household declared {@code incomeNow} a month (already what the file holds) and the documents were
     * seen; the period runs again until {@code until}. Refused without an income (zero is an income) or without the
     * documents seen.
     */
    public void renew(BigDecimal incomeNow, boolean documentsSeen, LocalDate until, String by, Instant at) {
        check(incomeNow, documentsSeen);
        this.incomeDeclared = incomeNow;
        this.validUntil = until;
        this.renewedAt = at;
        this.renewedBy = by;
        this.askedAt = null;
        this.askedBy = null;
        this.timesRenewed++;
    }

    /** What a renewal must hold: an income (zero is one; below ten million riyals) and the documents seen. */
    public static void check(BigDecimal incomeNow, boolean documentsSeen) {
        if (incomeNow == null || incomeNow.signum() < 0 || incomeNow.compareTo(new BigDecimal("10000000")) >= 0) {
            throw new RuleViolation("renewal.error.income");
        }
        if (!documentsSeen) {
            throw new RuleViolation("renewal.error.documents");
        }
    }

    /** Whether the period has ended on {@code day}. */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil.isBefore(day);
    }

    /** Whether the file is listed to renew on {@code day}: its period ends within {@link #NOTICE_DAYS} days, or ended. */
    public boolean isDueOn(LocalDate day) {
        return !validUntil.isAfter(day.plusDays(NOTICE_DAYS));
    }

    public long getFileId() {
        return fileId;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getRenewedAt() {
        return renewedAt;
    }

    public String getRenewedBy() {
        return renewedBy;
    }

    public BigDecimal getIncomeDeclared() {
        return incomeDeclared;
    }

    public int getTimesRenewed() {
        return timesRenewed;
    }

    @Override
    public long getVersion() {
        return version;
    }
}

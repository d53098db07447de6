package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.Versioned;

/**
 * An improvement action decided for a period; the board report lists those not withdrawn (policy §3.7). Corrected
 * under optimistic locking; a withdrawn one is kept with who withdrew it, when and why.
 */
@Entity
@Table(name = "rep_action")
public class ImprovementAction implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private String text;

    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    protected ImprovementAction() {
    }

    public ImprovementAction(LocalDate periodStart, String text, String owner, LocalDate dueOn, String by, Instant at) {
        this.periodStart = periodStart;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    /** Carried out: the board report shows it done, and the next quarter's follows it up as done. */
    public void markDone(String by, Instant at) {
        this.doneBy = by;
        this.doneAt = at;
    }

    /** Corrects what was decided; the period it belongs to stays. */
    public void change(String text, String owner, LocalDate dueOn) {
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    /** No longer pursued: kept for the record, left out of the board report. */
    public void withdraw(String by, Instant at, String reason) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawnReason = reason;
    }
}

package org.ektefaa.aid.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.Versioned;

/**
 * What an approved support request entitles a household to (issue #27): a programme's instalments of so much, from one
 * fund, on a schedule from a first due day. Opened by the approval; the executive may shorten it, suspend it (with a
 * reason, until a day or until resumed) or end it (with a reason). Its instalments are rows of their own, so that a
 * distribution round picks the due ones in one statement and a fund's committed amount is a sum.
 */
@Entity
@Table(name = "aid_entitlement")
public class Entitlement implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { ACTIVE, SUSPENDED, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "request_id", nullable = false, updatable = false, unique = true)
    private long requestId;

    @Column(name = "tracking_number", nullable = false, updatable = false, length = 20)
    private String trackingNumber;

    @Column(name = "programme_code", nullable = false, updatable = false, length = 40)
    private String programmeCode;

    @Column(name = "fund_code", nullable = false, updatable = false, length = 40)
    private String fundCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Programme.Unit unit;

    /** One instalment, in the programme's unit. */
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Programme.Schedule schedule;

    @Column(name = "first_due", nullable = false, updatable = false)
    private LocalDate firstDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.ACTIVE;

    /** While suspended: the last day of the suspension (null: until resumed). */
    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    /** Why it was suspended or ended (internal: it may speak of a family's circumstances). */
    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    @Version
    private long version;

    protected Entitlement() {
    }

    /**
     * Opens an entitlement to {@code programme}, paid from {@code fundCode}: {@code count} instalments of
     * {@code quantity} (in the programme's unit), the first due on {@code firstDue}, then one a month or a quarter.
     * {@code unitCost} (riyals per unit, null when unknown) makes each instalment's amount for the fund's budget.
     */
    public Entitlement(long fileId, long requestId, String trackingNumber, Programme programme, String fundCode,
                       BigDecimal quantity, int count, LocalDate firstDue, String by, Instant at) {
        // in the requests module's words: an entitlement is opened only by an approval in the executive's queue
        if (quantity == null || quantity.signum() <= 0 || quantity.precision() - quantity.scale() > 10
                || quantity.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("queue.error.amount", trackingNumber);
        }
        if (count < 1 || count > 60) {
            throw new RuleViolation("programme.error.instalments");
        }
        this.fileId = fileId;
        this.requestId = requestId;
        this.trackingNumber = trackingNumber;
        this.programmeCode = programme.getCode();
        this.fundCode = fundCode;
        this.unit = programme.getUnit();
        this.quantity = quantity.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.schedule = programme.getSchedule();
        this.firstDue = firstDue;
        this.openedBy = by;
        this.openedAt = at;
        BigDecimal amount = programme.costOf(this.quantity);
        if (amount != null && amount.precision() - amount.scale() > 12) { // DECIMAL(14, 2)
            throw new RuleViolation("queue.error.amount", trackingNumber);
        }
        for (int n = 1; n <= (schedule == Programme.Schedule.ONCE ? 1 : count); n++) {
            instalments.add(new Instalment(this, n, dueOf(n), this.quantity, amount));
        }
    }

    /** The due day of instalment {@code n} (from 1): the first, then a month or a quarter apart. */
    public LocalDate dueOf(int n) {
        int months = schedule == Programme.Schedule.QUARTERLY ? 3 : 1;
        return firstDue.plusMonths((long) (n - 1) * months);
    }

    /** Suspends it (a reason required), until {@code until} inclusive or, when null, until resumed. */
    public void suspend(String reason, LocalDate until, LocalDate today, String by, Instant at) {
        if (statusOn(today) != Status.ACTIVE) {
            throw new RuleViolation("entitlement.error.notActive");
        }
        if (until != null && until.isBefore(today)) {
            throw new RuleViolation("entitlement.error.until");
        }
        this.statusReason = reason(reason);
        this.status = Status.SUSPENDED;
        this.suspendedUntil = until;
        changed(by, at);
    }

    /** Active again before its suspension's end. */
    public void resume(String by, Instant at) {
        if (status != Status.SUSPENDED) {
            throw new RuleViolation("entitlement.error.notSuspended");
        }
        this.status = Status.ACTIVE;
        this.suspendedUntil = null;
        this.statusReason = null;
        changed(by, at);
    }

    /** Ends it (a reason required): the instalments still due are cancelled. */
    public void end(String reason, String by, Instant at) {
        if (status == Status.ENDED) {
            throw new RuleViolation("entitlement.error.ended");
        }
        this.statusReason = reason(reason);
        this.status = Status.ENDED;
        this.suspendedUntil = null;
        instalments.stream().filter(Instalment::isDue).forEach(Instalment::cancel);
        changed(by, at);
    }

    /**
     * Ends it because its request was closed (its service completed, or the request closed otherwise): what is still
     * due is cancelled; no reason of its own (the file's tab says why).
     */
    public void endWithRequest(String by, Instant at) {
        if (status == Status.ENDED) {
            return;
        }
        this.status = Status.ENDED;
        this.statusReason = null;
        this.suspendedUntil = null;
        instalments.stream().filter(Instalment::isDue).forEach(Instalment::cancel);
        changed(by, at);
    }

    /** Keeps only the first {@code count} instalments: the later ones still due are cancelled. */
    public void shorten(int count, String by, Instant at) {
        if (status == Status.ENDED) {
            throw new RuleViolation("entitlement.error.ended");
        }
        long kept = instalments.stream().filter(i -> !i.isCancelled()).count();
        if (count < 1 || count >= kept) {
            throw new RuleViolation("entitlement.error.shorten", kept);
        }
        instalments.stream().filter(i -> i.getNumber() > count && !i.isCancelled()).forEach(i -> {
            if (!i.isDue()) {
                throw new RuleViolation("entitlement.error.shorten", kept);
            }
            i.cancel();
        });
        changed(by, at);
    }

    /** The status as it stands on {@code day}: a suspension whose last day has passed is active again. */
    public Status statusOn(LocalDate day) {
        return activeOn(day) ? Status.ACTIVE : status;
    }

    /** Whether instalments may be handed out on {@code day}: active, or suspended until a day already past. */
    public boolean activeOn(LocalDate day) {
        return status == Status.ACTIVE
                || (status == Status.SUSPENDED && suspendedUntil != null && day.isAfter(suspendedUntil));
    }

    private static String reason(String typed) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.length() < 5 || reason.length() > 500) {
            throw new RuleViolation("entitlement.error.reason");
        }
        return reason;
    }

    private void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The next instalment still due, if any. */
    public java.util.Optional<Instalment> nextDue() {
        return getInstalments().stream().filter(Instalment::isDue).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public String getFundCode() {
        return fundCode;
    }

    public Programme.Unit getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Programme.Schedule getSchedule() {
        return schedule;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getSuspendedUntil() {
        return suspendedUntil;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** Its instalments by number (as read with a fetch join, the list's own order is not the mapping's). */
    public List<Instalment> getInstalments() {
        return instalments.stream().sorted(java.util.Comparator.comparingInt(Instalment::getNumber)).toList();
    }

    @Override
    public long getVersion() {
        return version;
    }
}

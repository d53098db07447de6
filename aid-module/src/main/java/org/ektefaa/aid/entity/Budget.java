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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.Versioned;

/**
 * What a fund may spend in a month or a quarter (issue #27). Committed and spent are read from the entitlements and the
 * ledger, never stored here twice. A fund's periods never overlap (a month inside a budgeted quarter is refused).
 */
@Entity
@Table(name = "aid_budget")
public class Budget implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Period {
        MONTH(1), QUARTER(3);

        private final int months;

        Period(int months) {
            this.months = months;
        }

        /** The period's last day, from its first. */
        public LocalDate endOf(LocalDate start) {
            return start.plusMonths(months).minusDays(1);
        }

        /** Whether a period of this kind may begin on {@code day}: a month's first day; a quarter's (Jan, Apr, Jul, Oct). */
        public boolean startsOn(LocalDate day) {
            return day.getDayOfMonth() == 1 && (this == MONTH || (day.getMonthValue() - 1) % 3 == 0);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_code", nullable = false, updatable = false, length = 40)
    private String fundCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false, length = 10)
    private Period period;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate end;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected Budget() {
    }

    public Budget(String fundCode, Period period, LocalDate start, BigDecimal amount, String by, Instant at) {
        if (period == null || start == null || !period.startsOn(start)) {
            throw new RuleViolation("budget.error.start");
        }
        this.fundCode = fundCode;
        this.period = period;
        this.start = start;
        this.end = period.endOf(start);
        set(amount, by, at);
    }

    /** The amount for the period, in riyals (never negative), with who set it and when. */
    public final void set(BigDecimal amount, String by, Instant at) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 12) { // DECIMAL(14, 2): under a trillion riyals
            throw new RuleViolation("budget.error.amount");
        }
        this.amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.setBy = by;
        this.setAt = at;
    }

    /** Whether this budget's period and {@code other}'s share a day. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
    }

    /** Whether {@code day} falls in this period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public Long getId() {
        return id;
    }

    public String getFundCode() {
        return fundCode;
    }

    public Period getPeriod() {
        return period;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}

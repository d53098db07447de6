package org.ektefaa.volunteering.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.volunteering.entity.Enums.HoursStatus;

/** Hours a volunteer gave to an opportunity on a day, logged by them or for them, then approved or corrected. */
@Entity
@Table(name = "vol_hours")
public class HoursEntry implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal MAX_A_DAY = BigDecimal.valueOf(16);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;

    @Column(nullable = false)
    private BigDecimal hours;

    private String note;

    @Column(name = "logged_by", nullable = false)
    private String loggedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HoursStatus status;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected HoursEntry() {
    }

    public HoursEntry(Volunteer volunteer, Opportunity opportunity, LocalDate workedOn, BigDecimal hours, String note,
                      String by, Instant at, LocalDate today) {
        check(hours);
        if (workedOn == null || workedOn.isAfter(today)) {
            throw new RuleViolation("hours.error.future");
        }
        this.volunteer = volunteer;
        this.opportunity = opportunity;
        this.workedOn = workedOn;
        this.hours = hours;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.loggedBy = by;
        this.loggedAt = at;
        this.status = HoursStatus.PENDING;
    }

    /** The coordinator approves, possibly correcting the number of hours first. */
    public void approve(BigDecimal corrected, String by, Instant at) {
        if (status != HoursStatus.PENDING) {
            throw new RuleViolation("hours.error.reviewed");
        }
        if (corrected != null) {
            check(corrected);
            this.hours = corrected;
        }
        this.status = HoursStatus.APPROVED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void reject(String by, Instant at) {
        if (status != HoursStatus.PENDING) {
            throw new RuleViolation("hours.error.reviewed");
        }
        this.status = HoursStatus.REJECTED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    private static void check(BigDecimal hours) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_A_DAY) > 0 || hours.scale() > 2) {
            throw new RuleViolation("hours.error.amount");
        }
    }

    public Long getId() {
        return id;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public LocalDate getWorkedOn() {
        return workedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public HoursStatus getStatus() {
        return status;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public long getVersion() {
        return version;
    }
}

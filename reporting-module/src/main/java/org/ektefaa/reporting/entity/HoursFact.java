package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Approved volunteer hours. */
@Entity
@Table(name = "rep_hours_fact")
public class HoursFact {

    @Id
    @Column(name = "hours_id")
    private long hoursId;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "opportunity_id", nullable = false)
    private long opportunityId;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;

    protected HoursFact() {
    }

    public HoursFact(long hoursId, long volunteerId, long opportunityId, BigDecimal hours, LocalDate workedOn) {
        this.hoursId = hoursId;
        this.volunteerId = volunteerId;
        this.opportunityId = opportunityId;
        this.hours = hours;
        this.workedOn = workedOn;
    }
}

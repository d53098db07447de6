package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.InstantConverter;

/** A home visit's dates and state (issue #26): done, late, cancelled; what it recommended. No findings, no person. */
@Entity
@Table(name = "rep_visit_fact")
public class VisitFact {

    @Id
    @Column(name = "visit_id")
    private long visitId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private String status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    private String recommendation;

    protected VisitFact() {
    }

    public VisitFact(long visitId, Instant assignedAt) {
        this.visitId = visitId;
        this.assignedAt = assignedAt;
    }

    /** The visit as it stands now. */
    public void now(String status, LocalDate dueOn, Instant closedAt, String recommendation) {
        this.status = status;
        this.dueOn = dueOn;
        this.closedAt = closedAt;
        this.recommendation = recommendation;
    }
}

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

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at")
    private Instant changedAt;

    protected VisitFact() {
    }

    public VisitFact(long visitId, Instant assignedAt) {
        this.visitId = visitId;
        this.assignedAt = assignedAt;
    }

    /**
     * The visit as a change left it, unless the fact already holds a later state: a visit signed or cancelled never
     * changes again, and of two reassignments the later stands — whatever order their events arrive in.
     */
    public void now(String status, LocalDate dueOn, Instant closedAt, String recommendation, Instant changedAt) {
        boolean closed = this.status != null && !"ASSIGNED".equals(this.status);
        boolean older = this.changedAt != null && changedAt != null && changedAt.isBefore(this.changedAt);
        if (this.status != null && (closed || older && "ASSIGNED".equals(status))) {
            return;
        }
        this.status = status;
        this.dueOn = dueOn;
        this.closedAt = closedAt;
        this.recommendation = recommendation;
        this.changedAt = changedAt;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRecommendation() {
        return recommendation;
    }
}

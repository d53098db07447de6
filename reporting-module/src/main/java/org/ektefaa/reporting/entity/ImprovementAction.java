package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.InstantConverter;

/** An improvement action decided for a period; the board report lists them (policy §3.7). */
@Entity
@Table(name = "rep_action")
public class ImprovementAction {

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
}

package org.ektefaa.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.Audited;

/** One line of the audit log. Append-only: no setter, no update. */
@Entity
@Table(name = "plt_audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Audited event, Instant at) {
        this.occurredAt = at;
        this.actor = event.actor();
        this.action = event.action();
        this.targetType = event.targetType();
        this.targetId = event.targetId();
        this.detail = event.detail() == null || event.detail().length() <= 1000
                ? event.detail() : event.detail().substring(0, 1000);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }
}

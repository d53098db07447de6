package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;

/**
 * A decision taken against a file's eligibility assessment with the executive's reason (issue #26): approved though
 * not eligible, or refused though eligible. The reason itself stays on the request (it may name the person).
 */
@Entity
@Table(name = "rep_override_fact")
public class OverrideFact {

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Column(nullable = false)
    private String outcome;

    private boolean approved;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected OverrideFact() {
    }

    public OverrideFact(long requestId, String outcome, boolean approved, Instant decidedAt) {
        this.requestId = requestId;
        this.outcome = outcome;
        this.approved = approved;
        this.decidedAt = decidedAt;
    }
}

package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who opened, revealed or exported which file, and when (PDPL access log). Append-only. */
@Entity
@Table(name = "ben_access_log")
public class FileAccess implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Action { OPENED, REVEALED_ID, REVEALED_IBAN, EXPORTED, READ_ADDRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private long beneficiaryId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected FileAccess() {
    }

    public FileAccess(long beneficiaryId, String actor, Action action, Instant occurredAt) {
        this.beneficiaryId = beneficiaryId;
        this.actor = actor;
        this.action = action;
        this.occurredAt = occurredAt;
    }

    public long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

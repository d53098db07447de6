package org.ektefaa.platform.entity;

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
import org.ektefaa.platform.api.PolicyVersions;
import org.ektefaa.platform.api.RuleViolation;

/** An approved version of the policy, recorded by an administrator; never edited, a new version supersedes it. */
@Entity
@Table(name = "plt_policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String label;

    @Column(name = "approval_reference", nullable = false)
    private String approvalReference;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    private String summary;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PolicyVersion() {
    }

    public PolicyVersion(String label, String approvalReference, LocalDate approvedOn, String summary, String by,
                         Instant at, LocalDate today) {
        if (label == null || label.isBlank() || label.length() > 60 || approvalReference == null
                || approvalReference.isBlank() || approvalReference.length() > 300) {
            throw new RuleViolation("policy.error.fields");
        }
        if (approvedOn == null || approvedOn.isAfter(today)) {
            throw new RuleViolation("policy.error.date");
        }
        this.label = label.strip();
        this.approvalReference = approvalReference.strip();
        this.approvedOn = approvedOn;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public PolicyVersions.Version toVersion() {
        return new PolicyVersions.Version(label, approvalReference, approvedOn, summary);
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }
}

package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;

/** A file's eligibility assessment (issue #26): its category, outcome, band and score, and why it was made. No person. */
@Entity
@Table(name = "rep_assessment_fact")
public class AssessmentFact {

    @Id
    @Column(name = "assessment_id")
    private long assessmentId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String band;

    private int score;

    @Column(name = "made_for", nullable = false)
    private String madeFor;

    @Convert(converter = InstantConverter.class)
    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    protected AssessmentFact() {
    }

    public AssessmentFact(long assessmentId, long fileId, String categoryCode, String outcome, String band, int score,
                          String madeFor, Instant madeAt) {
        this.assessmentId = assessmentId;
        this.fileId = fileId;
        this.categoryCode = categoryCode;
        this.outcome = outcome;
        this.band = band;
        this.score = score;
        this.madeFor = madeFor;
        this.madeAt = madeAt;
    }
}

package org.ektefaa.eligibility.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.eligibility.api.Outcome;
import org.ektefaa.eligibility.api.Standing;

/**
 * One evaluation of a file (append-only: a new one is made when the file changes, never an old one rewritten): the
 * rule set and score model it was made with, the outcome, each criterion's result, the score with its breakdown, why
 * it was made (SUBMITTED, FILE_CHANGED, ASKED, RENEWAL) and until when it holds.
 */
@Entity
@Table(name = "elg_assessment")
public class Assessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "category_code", updatable = false)
    private String categoryCode;

    @Column(name = "rule_set_id", updatable = false)
    private Long ruleSetId;

    @Column(name = "score_model_id", updatable = false)
    private Long scoreModelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(nullable = false, updatable = false)
    private String band;

    @Column(name = "made_for", nullable = false, updatable = false)
    private String madeFor;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, updatable = false)
    private String madeBy;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "elg_assessment_line", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("position")
    private List<AssessmentLine> lines = new ArrayList<>();

    protected Assessment() {
    }

    public Assessment(long fileId, String categoryCode, Long ruleSetId, Long scoreModelId, Outcome outcome, int score,
                      String band, List<Standing.Line> criteria, List<Standing.Line> factors, String madeFor,
                      String madeBy, Instant madeAt, LocalDate validUntil) {
        this.fileId = fileId;
        this.categoryCode = categoryCode;
        this.ruleSetId = ruleSetId;
        this.scoreModelId = scoreModelId;
        this.outcome = outcome;
        this.score = score;
        this.band = band;
        this.madeFor = madeFor;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.validUntil = validUntil;
        for (Standing.Line line : criteria) {
            lines.add(new AssessmentLine(lines.size() + 1, "CRITERION", line));
        }
        for (Standing.Line line : factors) {
            lines.add(new AssessmentLine(lines.size() + 1, "FACTOR", line));
        }
    }

    @PreUpdate
    void neverRewritten() {
        throw new IllegalStateException("an assessment is never rewritten");
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getScore() {
        return score;
    }

    public String getBand() {
        return band;
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public Long getScoreModelId() {
        return scoreModelId;
    }

    public String getMadeFor() {
        return madeFor;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    /** As other modules see it. */
    public Standing standing() {
        List<Standing.Line> criteria = new ArrayList<>();
        List<Standing.Line> factors = new ArrayList<>();
        lines.stream().sorted(java.util.Comparator.comparingInt(AssessmentLine::getPosition)).forEach(l ->
                ("CRITERION".equals(l.getSection()) ? criteria : factors).add(l.line()));
        return new Standing(fileId, id, outcome, score, band, madeFor, madeAt, validUntil, criteria, factors);
    }
}

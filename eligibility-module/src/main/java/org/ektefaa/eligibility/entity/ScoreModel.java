package org.ektefaa.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The need score's weights (one per {@link Factor}, summing to 100), the monthly income per member the income gap is
 * measured against, and where the bands start. Versioned like the rules: never changed, replaced from a date.
 */
@Entity
@Table(name = "elg_score_model")
public class ScoreModel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "weight_income", nullable = false, updatable = false)
    private int weightIncome;

    @Column(name = "weight_dependants", nullable = false, updatable = false)
    private int weightDependants;

    @Column(name = "weight_housing", nullable = false, updatable = false)
    private int weightHousing;

    @Column(name = "weight_health", nullable = false, updatable = false)
    private int weightHealth;

    @Column(name = "weight_debts", nullable = false, updatable = false)
    private int weightDebts;

    @Column(name = "income_line", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal incomeLine;

    @Column(name = "high_from", nullable = false, updatable = false)
    private int highFrom;

    @Column(name = "medium_from", nullable = false, updatable = false)
    private int mediumFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ScoreModel() {
    }

    public ScoreModel(LocalDate effectiveFrom, Map<Factor, Integer> weights, BigDecimal incomeLine, int highFrom,
                      int mediumFrom, String createdBy, Instant createdAt) {
        int sum = 0;
        for (Factor f : Factor.values()) {
            Integer given = weights.get(f);
            int w = given == null ? 0 : given; // a weight left blank is none
            if (w < 0 || w > 100) {
                throw new RuleViolation("score.error.weights");
            }
            sum += w;
        }
        if (sum != 100) {
            throw new RuleViolation("score.error.weightsSum", sum);
        }
        if (incomeLine == null || incomeLine.signum() <= 0) {
            throw new RuleViolation("score.error.incomeLine");
        }
        if (mediumFrom < 1 || highFrom <= mediumFrom || highFrom > 100) {
            throw new RuleViolation("score.error.bands");
        }
        this.effectiveFrom = effectiveFrom;
        this.weightIncome = weightOf(weights, Factor.INCOME_GAP);
        this.weightDependants = weightOf(weights, Factor.DEPENDANTS);
        this.weightHousing = weightOf(weights, Factor.HOUSING);
        this.weightHealth = weightOf(weights, Factor.HEALTH);
        this.weightDebts = weightOf(weights, Factor.DEBTS);
        this.incomeLine = incomeLine;
        this.highFrom = highFrom;
        this.mediumFrom = mediumFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static int weightOf(Map<Factor, Integer> weights, Factor factor) {
        Integer w = weights.get(factor);
        return w == null ? 0 : w;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** The weights in the factors' order. */
    public Map<Factor, Integer> weights() {
        Map<Factor, Integer> w = new EnumMap<>(Factor.class);
        w.put(Factor.INCOME_GAP, weightIncome);
        w.put(Factor.DEPENDANTS, weightDependants);
        w.put(Factor.HOUSING, weightHousing);
        w.put(Factor.HEALTH, weightHealth);
        w.put(Factor.DEBTS, weightDebts);
        return w;
    }

    public BigDecimal getIncomeLine() {
        return incomeLine;
    }

    public int getHighFrom() {
        return highFrom;
    }

    public int getMediumFrom() {
        return mediumFrom;
    }

    /** The band of a score: HIGH from {@link #getHighFrom()}, MEDIUM from {@link #getMediumFrom()}, LOW below. */
    public String band(int score) {
        return score >= highFrom ? "HIGH" : score >= mediumFrom ? "MEDIUM" : "LOW";
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

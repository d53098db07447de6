package org.ektefaa.reporting.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.ektefaa.platform.api.RuleViolation;

/** The board's targets for the key indicators, printed beside each figure. */
@Entity
@Table(name = "rep_target")
public class Targets implements Versioned {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private BigDecimal csat;

    @Column(nullable = false)
    private BigDecimal nps;

    @Column(name = "within_commitment", nullable = false)
    private BigDecimal withinCommitment;

    @Column(name = "median_days", nullable = false)
    private BigDecimal medianDays;

    @Column(name = "response_rate", nullable = false)
    private BigDecimal responseRate;

    @Version
    private long version;

    protected Targets() {
    }

    public void change(BigDecimal csat, BigDecimal nps, BigDecimal withinCommitment, BigDecimal medianDays,
                       BigDecimal responseRate) {
        if (!percent(csat) || nps == null || nps.abs().compareTo(BigDecimal.valueOf(100)) > 0 || !percent(withinCommitment)
                || medianDays == null || medianDays.signum() < 0 || medianDays.compareTo(BigDecimal.valueOf(90)) > 0
                || !percent(responseRate)) {
            throw new RuleViolation("targets.error");
        }
        this.csat = csat;
        this.nps = nps;
        this.withinCommitment = withinCommitment;
        this.medianDays = medianDays;
        this.responseRate = responseRate;
    }

    private static boolean percent(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    public BigDecimal getCsat() {
        return csat;
    }

    public BigDecimal getNps() {
        return nps;
    }

    public BigDecimal getWithinCommitment() {
        return withinCommitment;
    }

    public BigDecimal getMedianDays() {
        return medianDays;
    }

    public BigDecimal getResponseRate() {
        return responseRate;
    }

    public long getVersion() {
        return version;
    }
}

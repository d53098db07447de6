package org.ektefaa.aid.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;

/**
 * How a catalogue service is delivered (issue #27): monthly food baskets, rent, bills — its unit, its usual schedule
 * (once, or so many months or quarters), and the funds allowed to pay for it. An approved support request for the
 * service will become an entitlement to this programme.
 */
@Entity
@Table(name = "aid_programme")
public class Programme extends CodedEntry {

    private static final long serialVersionUID = 1L;

    /** What one instalment is counted in. */
    public enum Unit { SAR, BASKET, VOUCHER, BILL, ITEM }

    public enum Schedule { ONCE, MONTHLY, QUARTERLY }

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Schedule schedule;

    @Column(nullable = false)
    private int instalments;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aid_programme_fund", joinColumns = @JoinColumn(name = "programme_code"))
    @Column(name = "fund_code")
    private Set<String> funds = new TreeSet<>();

    protected Programme() {
    }

    public Programme(String code, LocalizedName name) {
        super(code, name);
    }

    /** What it delivers and how often; at least one fund pays for it. */
    public void deliver(String serviceCode, Unit unit, Schedule schedule, int instalments, Set<String> funds) {
        if (serviceCode == null || serviceCode.isBlank() || unit == null || schedule == null) {
            throw new RuleViolation("programme.error.what");
        }
        int count = schedule == Schedule.ONCE ? 1 : instalments;
        if (count < 1 || count > 60) {
            throw new RuleViolation("programme.error.instalments");
        }
        if (funds == null || funds.isEmpty()) {
            throw new RuleViolation("programme.error.funds");
        }
        this.serviceCode = serviceCode;
        this.unit = unit;
        this.schedule = schedule;
        this.instalments = count;
        this.funds.clear();
        this.funds.addAll(funds);
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public Unit getUnit() {
        return unit;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public int getInstalments() {
        return instalments;
    }

    public Set<String> getFunds() {
        return java.util.Collections.unmodifiableSet(funds);
    }
}

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

    /** One instalment when the request does not say how much, in the unit. */
    @Column(nullable = false, precision = 12, scale = 2)
    private java.math.BigDecimal quantity = java.math.BigDecimal.ONE;

    /** What one unit costs the fund, in riyals (one for riyals), for its budget; null when not known. */
    @Column(name = "unit_cost", precision = 12, scale = 2)
    private java.math.BigDecimal unitCost;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aid_programme_fund", joinColumns = @JoinColumn(name = "programme_code"))
    @Column(name = "fund_code")
    private Set<String> funds = new TreeSet<>();

    protected Programme() {
    }

    public Programme(String code, LocalizedName name) {
        super(code, name);
    }

    /**
     * How a programme delivers: the catalogue's service, its unit, schedule and number of instalments, one instalment
     * when the request does not say ({@code quantity}), what one unit costs in riyals ({@code unitCost}, null when not
     * known; always one for riyals), and the funds allowed to pay.
     */
    public record Terms(String serviceCode, Unit unit, Schedule schedule, int instalments,
                        java.math.BigDecimal quantity, java.math.BigDecimal unitCost, Set<String> funds) {
    }

    /** What it delivers and how often; at least one fund pays for it. */
    public void deliver(Terms terms) {
        if (terms.serviceCode() == null || terms.serviceCode().isBlank() || terms.unit() == null
                || terms.schedule() == null) {
            throw new RuleViolation("programme.error.what");
        }
        int count = terms.schedule() == Schedule.ONCE ? 1 : terms.instalments();
        if (count < 1 || count > 60) {
            throw new RuleViolation("programme.error.instalments");
        }
        if (terms.funds() == null || terms.funds().isEmpty()) {
            throw new RuleViolation("programme.error.funds");
        }
        this.quantity = amount(terms.quantity() == null ? java.math.BigDecimal.ONE : terms.quantity(), false);
        this.unitCost = terms.unit() == Unit.SAR ? java.math.BigDecimal.ONE.setScale(2)
                : terms.unitCost() == null ? null : amount(terms.unitCost(), true);
        this.serviceCode = terms.serviceCode();
        this.unit = terms.unit();
        this.schedule = terms.schedule();
        this.instalments = count;
        this.funds.clear();
        this.funds.addAll(terms.funds());
    }

    /** A quantity or a cost as DECIMAL(12, 2) holds it: positive (a cost may be nil), two decimals at most. */
    private static java.math.BigDecimal amount(java.math.BigDecimal value, boolean zeroAllowed) {
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.stripTrailingZeros().scale() > 2
                || value.precision() - value.scale() > 10) {
            throw new RuleViolation("programme.error.quantity");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** What {@code quantity} units cost the fund, in riyals; null when the unit's cost is not known. */
    public java.math.BigDecimal costOf(java.math.BigDecimal quantity) {
        return unitCost == null ? null : unitCost.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public java.math.BigDecimal getQuantity() {
        return quantity;
    }

    public java.math.BigDecimal getUnitCost() {
        return unitCost;
    }

    /** Its terms as saved, for a form to change them. */
    public Terms terms() {
        return new Terms(serviceCode, unit, schedule, instalments, quantity, unitCost, getFunds());
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

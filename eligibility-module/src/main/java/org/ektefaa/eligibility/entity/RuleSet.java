package org.ektefaa.eligibility.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The criteria of a category (or of every category without its own, {@code categoryCode} null), effective from a
 * date, and how long an assessment made with them holds; or the criteria of a service of the catalogue
 * ({@code serviceCode}), asked of a support request for it on top of the file's own (never both codes). Never changed once written: a change is a new rule set
 * effective from a later date, so every assessment can say which rules it was made with.
 */
@Entity
@Table(name = "elg_rule_set")
public class RuleSet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long an assessment holds when nobody said otherwise. */
    public static final int DEFAULT_VALID_MONTHS = 12;

    /** How {@link #scopeKey()} marks a service's rules. */
    public static final String SERVICE_SCOPE = "service:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_code", updatable = false)
    private String categoryCode;

    @Column(name = "service_code", updatable = false)
    private String serviceCode;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "valid_months", nullable = false, updatable = false)
    private int validMonths;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "elg_criterion", joinColumns = @JoinColumn(name = "rule_set_id"))
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected RuleSet() {
    }

    public RuleSet(String categoryCode, LocalDate effectiveFrom, int validMonths, String note, List<Criterion> criteria,
                   String createdBy, Instant createdAt) {
        this(categoryCode, null, effectiveFrom, validMonths, note, criteria, createdBy, createdAt);
    }

    /** Rules of a category (or every category) or, with {@code serviceCode}, of a service: one scope, never both. */
    public RuleSet(String categoryCode, String serviceCode, LocalDate effectiveFrom, int validMonths, String note,
                   List<Criterion> criteria, String createdBy, Instant createdAt) {
        this.serviceCode = serviceCode == null || serviceCode.isBlank() ? null : serviceCode;
        if (this.serviceCode != null && categoryCode != null && !categoryCode.isBlank()) {
            throw new RuleViolation("rules.error.scope");
        }
        if (validMonths < 1 || validMonths > 60) {
            throw new RuleViolation("rules.error.validMonths");
        }
        this.categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        this.effectiveFrom = effectiveFrom;
        this.validMonths = validMonths;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        for (Criterion c : criteria) {
            check(c);
            this.criteria.add(c.at(this.criteria.size() + 1));
        }
    }

    /** A criterion without the parameters its kind reads is refused with what is missing. */
    private static void check(Criterion c) {
        boolean ok = switch (c.getKind()) {
            case INCOME_PER_MEMBER_MAX, AID_ELSEWHERE_MAX -> c.getAmount() != null && c.getAmount().signum() >= 0;
            case HOUSEHOLD_MIN_MEMBERS -> c.getLow() != null && c.getLow() >= 1;
            case AGE_BETWEEN -> c.getLow() != null && c.getLow() >= 0
                    && (c.getHigh() == null || c.getHigh() >= c.getLow());
            case CITY_IN, DOCUMENT_REQUIRED -> !c.codeList().isEmpty();
            case CONDITION_PRESENT -> true;
        };
        if (!ok) {
            throw new RuleViolation("rules.error.parameters." + c.getKind());
        }
    }

    public Long getId() {
        return id;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    /** The service whose requests these criteria are asked of, or null for a category's (or the general) rules. */
    public String getServiceCode() {
        return serviceCode;
    }

    /** The scope as one key: {@code service:CODE}, the category's code, or "" for the general rules. */
    public String scopeKey() {
        return serviceCode != null ? SERVICE_SCOPE + serviceCode : categoryCode == null ? "" : categoryCode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getValidMonths() {
        return validMonths;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }
}

package org.ektefaa.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One criterion of a rule set: its kind and the parameters that kind reads ({@link CriterionKind}). */
@Embeddable
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionKind kind;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    private Integer low;

    private Integer high;

    @Column(length = 500)
    private String codes;

    protected Criterion() {
    }

    public Criterion(int position, CriterionKind kind, BigDecimal amount, Integer low, Integer high, String codes) {
        this.position = position;
        this.kind = kind;
        this.amount = amount;
        this.low = low;
        this.high = high;
        this.codes = codes == null || codes.isBlank() ? null : codes.strip();
    }

    public static Criterion of(CriterionKind kind, BigDecimal amount, Integer low, Integer high, String codes) {
        return new Criterion(0, kind, amount, low, high, codes);
    }

    /** The same criterion at {@code position} in its set. */
    Criterion at(int position) {
        return new Criterion(position, kind, amount, low, high, codes);
    }

    public int getPosition() {
        return position;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getLow() {
        return low;
    }

    public Integer getHigh() {
        return high;
    }

    public String getCodes() {
        return codes;
    }

    /** The codes as a list (cities, a document kind), split on commas, Arabic commas and new lines. */
    public List<String> codeList() {
        return codes == null ? List.of()
                : Arrays.stream(codes.split("[,،\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.ektefaa.aid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A beneficiary category administrators marked zakat-eligible (issue #27), with who marked it and when: only these
 * categories are ever paid from a zakat fund. Unmarking removes the row (the audit trail keeps both acts).
 */
@Entity
@Table(name = "aid_zakat_category")
public class ZakatCategory implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "category_code", length = 40)
    private String categoryCode;

    @Column(name = "marked_by", nullable = false, updatable = false, length = 100)
    private String markedBy;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private Instant markedAt;

    protected ZakatCategory() {
    }

    public ZakatCategory(String categoryCode, String markedBy, Instant markedAt) {
        this.categoryCode = categoryCode;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}

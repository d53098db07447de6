package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The employee matched one item of the file against the original (policy §5.2): who, what, when. */
@Entity
@Table(name = "ben_verification")
public class Verification implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "verified_by", nullable = false, updatable = false)
    private String verifiedBy;

    @Column(name = "verified_at", nullable = false, updatable = false)
    private Instant verifiedAt;

    protected Verification() {
    }

    Verification(String itemCode, String verifiedBy, Instant verifiedAt) {
        this.itemCode = itemCode;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = verifiedAt;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}

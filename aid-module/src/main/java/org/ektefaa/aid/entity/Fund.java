package org.ektefaa.aid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Money kept apart (issue #27): zakat may only reach the categories marked zakat-eligible, general donations any
 * programme, a restricted grant only what its donor gave it for (its donor and purpose are said). Every disbursement
 * will name its fund. Its kind is fixed once created: what was paid from it stays of that kind.
 */
@Entity
@Table(name = "aid_fund")
public class Fund extends CodedEntry {

    private static final long serialVersionUID = 1L;

    public enum Kind { ZAKAT, GENERAL, RESTRICTED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(length = 200)
    private String donor;

    @Column(length = 500)
    private String purpose;

    protected Fund() {
    }

    public Fund(String code, LocalizedName name, Kind kind, String donor, String purpose) {
        super(code, name);
        if (kind == null) {
            throw new RuleViolation("fund.error.kind");
        }
        this.kind = kind;
        describe(donor, purpose);
    }

    /** A restricted grant says whose it is and what for; the other kinds keep neither. */
    public final void describe(String donor, String purpose) {
        String who = donor == null || donor.isBlank() ? null : donor.strip();
        String what = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (kind == Kind.RESTRICTED && (who == null || what == null)) {
            throw new RuleViolation("fund.error.restricted");
        }
        this.donor = kind == Kind.RESTRICTED ? who : null;
        this.purpose = kind == Kind.RESTRICTED ? what : null;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDonor() {
        return donor;
    }

    public String getPurpose() {
        return purpose;
    }
}

package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;

/** A service of the catalogue (food basket, rent, bills, ...), with the unit it is delivered in (both names required). */
@Entity
@Table(name = "req_service")
public class Service extends CodedEntry {

    private static final long serialVersionUID = 1L;

    @Column(name = "unit_ar", nullable = false)
    private String unitAr;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    /** Delivered again and again (a monthly basket) rather than once. */
    @Column(nullable = false)
    private boolean recurring;

    protected Service() {
    }

    /** A new service of the catalogue; its code never changes once requests use it. */
    public Service(String code, LocalizedName name, String unitAr, String unitEn, boolean recurring) {
        super(code, name);
        change(name, unitAr, unitEn, recurring, true);
    }

    /** The administrator renames it, changes its unit, or withdraws it (existing requests keep it). */
    public final void change(LocalizedName name, String unitAr, String unitEn, boolean recurring, boolean active) {
        if (name == null || blank(name.getAr()) || blank(name.getEn()) || blank(unitAr) || blank(unitEn)) {
            throw new org.ektefaa.platform.api.RuleViolation("catalogue.error.names");
        }
        change(name, active);
        this.unitAr = unitAr.strip();
        this.unitEn = unitEn.strip();
        this.recurring = recurring;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getUnitAr() {
        return unitAr;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public String unit(Locale locale) {
        return "en".equals(locale.getLanguage()) ? unitEn : unitAr;
    }

    public boolean isRecurring() {
        return recurring;
    }
}

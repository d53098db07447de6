package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.ektefaa.platform.api.LocalizedName;

/** A service of the catalogue (food basket, rent, bills, ...), with the unit it is delivered in. */
@Entity
@Table(name = "req_service")
public class Service {

    @Id
    private String code;

    @Embedded
    private LocalizedName name;


    @Column(name = "unit_ar", nullable = false)
    private String unitAr;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    /** Delivered again and again (a monthly basket) rather than once. */
    @Column(nullable = false)
    private boolean recurring;

    @Column(nullable = false)
    private boolean active;

    protected Service() {
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public LocalizedName getName() {
        return name;
    }

    public String unit(Locale locale) {
        return "en".equals(locale.getLanguage()) ? unitEn : unitAr;
    }

    public String getCode() {
        return code;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public boolean isActive() {
        return active;
    }
}

package org.ektefaa.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/**
 * A name kept in Arabic and English, for the reference lists every module has (categories, document
 * kinds, services, reasons). Stored in the owning table's {@code name_ar} and {@code name_en} columns; list
 * it in the module's {@code persistence.xml}.
 */
@Embeddable
public class LocalizedName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_ar", nullable = false)
    private String ar;

    @Column(name = "name_en", nullable = false)
    private String en;

    protected LocalizedName() {
    }

    public LocalizedName(String ar, String en) {
        this.ar = ar;
        this.en = en;
    }

    /** The name in the language of {@code locale}: English for English, Arabic otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ar;
    }

    public String getAr() {
        return ar;
    }

    public String getEn() {
        return en;
    }
}

package org.ektefaa.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * The one base of the bilingual coded lists every module keeps (categories and document kinds, services, rejection
 * reasons and complaint themes, volunteer skills): a fixed code, a name in Arabic and in English, whether it is still
 * offered, and a version so that two administrators editing the same entry cannot overwrite each other. Records that
 * used an entry keep its code. A module's entity extends it and adds what its list needs; the table has the columns
 * {@code code}, {@code name_ar}, {@code name_en}, {@code active} and {@code version}.
 */
@MappedSuperclass
public abstract class CodedEntry implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected CodedEntry() {
    }

    protected CodedEntry(String code, LocalizedName name) {
        this.code = code;
        change(name, true);
    }

    /**
     * The administrator rewords it or withdraws it (what was recorded with it keeps its code); both names are
     * required ({@code list.error.names}, in the calling module's words).
     */
    public final void change(LocalizedName name, boolean active) {
        if (name == null || name.getAr() == null || name.getAr().isBlank() || name.getEn() == null || name.getEn().isBlank()) {
            throw new RuleViolation("list.error.names");
        }
        this.name = name;
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public LocalizedName getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }
}

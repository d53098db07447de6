package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Locale;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;

/**
 * An entry of a short list the association keeps (rejection reasons, complaint themes): a fixed code, a name
 * in both languages, and whether it is still offered. Records that used an entry keep its code.
 */
@MappedSuperclass
public abstract class ListEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected ListEntry() {
    }

    protected ListEntry(String code, LocalizedName name) {
        this.code = code;
        change(name, true);
    }

    /** The administrator rewords it or withdraws it (what was recorded with it keeps its code). */
    public final void change(LocalizedName name, boolean active) {
        if (name == null || name.getAr() == null || name.getAr().isBlank() || name.getEn() == null || name.getEn().isBlank()) {
            throw new RuleViolation("catalogue.error.names");
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

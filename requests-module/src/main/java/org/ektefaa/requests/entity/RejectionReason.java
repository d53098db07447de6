package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.ektefaa.platform.api.LocalizedName;

/** A reason for rejecting a request, from the list the association keeps. */
@Entity
@Table(name = "req_rejection_reason")
public class RejectionReason {

    @Id
    private String code;

    @Embedded
    private LocalizedName name;


    @Column(nullable = false)
    private boolean active;

    @jakarta.persistence.Version
    private long version;

    protected RejectionReason() {
    }

    public RejectionReason(String code, LocalizedName name) {
        this.code = code;
        change(name, true);
    }

    /** The administrator rewords it or withdraws it (decisions already taken keep their words). */
    public final void change(LocalizedName name, boolean active) {
        if (name == null || name.getAr() == null || name.getAr().isBlank() || name.getEn() == null || name.getEn().isBlank()) {
            throw new org.ektefaa.platform.api.RuleViolation("catalogue.error.names");
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

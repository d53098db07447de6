package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A reason for rejecting a request, from the list the association keeps. */
@Entity
@Table(name = "req_rejection_reason")
public class RejectionReason {

    @Id
    private String code;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    protected RejectionReason() {
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }
}

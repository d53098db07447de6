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

    protected RejectionReason() {
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

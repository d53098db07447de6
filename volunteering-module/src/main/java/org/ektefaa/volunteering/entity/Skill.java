package org.ektefaa.volunteering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.ektefaa.platform.api.LocalizedName;

/** A skill a volunteer may offer and an opportunity may need (a configurable list). */
@Entity
@Table(name = "vol_skill")
public class Skill {

    @Id
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(nullable = false)
    private boolean active;

    protected Skill() {
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }
}

package org.ektefaa.volunteering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;

/** One step of the coordinator's review: the status it left the application in, and a note. */
@Embeddable
public class ReviewEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VolunteerStatus status;

    private String note;

    protected ReviewEntry() {
    }

    ReviewEntry(int position, Instant at, String by, VolunteerStatus status, String note) {
        this.position = position;
        this.at = at;
        this.by = by;
        this.status = status;
        this.note = note;
    }

    public int getPosition() {
        return position;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}

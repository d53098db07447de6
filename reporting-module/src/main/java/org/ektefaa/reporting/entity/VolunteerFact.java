package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;

/** A volunteer's registration and approval times. */
@Entity
@Table(name = "rep_volunteer_fact")
public class VolunteerFact {

    @Id
    @Column(name = "volunteer_id")
    private long volunteerId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    protected VolunteerFact() {
    }

    public VolunteerFact(long volunteerId, Instant registeredAt) {
        this.volunteerId = volunteerId;
        this.registeredAt = registeredAt;
    }

    public void approved(Instant at) {
        this.approvedAt = at;
    }
}

package org.ektefaa.satisfaction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;

/** A person asked not to be invited to surveys again; only a keyed hash of their contact is kept. */
@Entity
@Table(name = "sat_opt_out")
public class OptOut {

    @Id
    @Column(name = "contact_hash")
    private String contactHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OptOut() {
    }

    public OptOut(String contactHash, Instant at) {
        this.contactHash = contactHash;
        this.createdAt = at;
    }
}

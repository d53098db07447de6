package org.ektefaa.volunteering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.protect.OneTimeLink;

/** A volunteer's personal sign-in link: used once, before it expires; only the token's SHA-256 is kept. */
@Entity
@Table(name = "vol_access_link")
public class AccessLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Embedded
    private OneTimeLink link;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "used_at")
    private Instant usedAt;

    protected AccessLink() {
    }

    public AccessLink(long volunteerId, OneTimeLink link, Instant at) {
        this.volunteerId = volunteerId;
        this.link = link;
        this.createdAt = at;
    }

    /** Uses the link: true only the first time and before it expires. */
    public boolean use(Instant now) {
        if (usedAt != null || !link.isOpenAt(now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public long getVolunteerId() {
        return volunteerId;
    }
}

package org.ektefaa.volunteering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.volunteering.entity.Enums.SignupStatus;

/** A volunteer's place in an opportunity: invited by a coordinator, signed up, or withdrawn. */
@Entity
@Table(name = "vol_signup")
public class Signup implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignupStatus status;

    @Column(nullable = false)
    private boolean invited;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Signup() {
    }

    public Signup(Opportunity opportunity, Volunteer volunteer, SignupStatus status, Instant at) {
        this.opportunity = opportunity;
        this.volunteer = volunteer;
        this.status = status;
        this.invited = status == SignupStatus.INVITED;
        this.changedAt = at;
    }

    public void move(SignupStatus next, Instant at) {
        this.status = next;
        this.changedAt = at;
    }

    public boolean holdsAPlace() {
        return status == SignupStatus.SIGNED_UP;
    }

    public Long getId() {
        return id;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public boolean isInvited() {
        return invited;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

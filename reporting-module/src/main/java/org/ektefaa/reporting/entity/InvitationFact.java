package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.requests.api.RequestType;

/** One invitation to evaluate: the denominator of the response rate. */
@Entity
@Table(name = "rep_invitation_fact")
public class InvitationFact {

    @Id
    @Column(name = "invitation_id")
    private long invitationId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "service_code")
    private String serviceCode;

    protected InvitationFact() {
    }

    /** What this invitation counts in the daily summaries: one invited on its day. */
    public void countInto(DailyCounts counts, java.time.ZoneId zone) {
        counts.add(java.time.LocalDate.ofInstant(invitedAt, zone), DailyCounts.INVITED, "", 1);
    }

    public InvitationFact(long invitationId, Instant invitedAt, RequestType type, ContactChannel channel, String serviceCode) {
        this.invitationId = invitationId;
        this.invitedAt = invitedAt;
        this.type = type;
        this.channel = channel;
        this.serviceCode = serviceCode;
    }
}

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

/** A beneficiary's registration (policy §5.5), without personal data. */
@Entity
@Table(name = "rep_beneficiary_fact")
public class BeneficiaryFact {

    @Id
    @Column(name = "beneficiary_id")
    private long beneficiaryId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    protected BeneficiaryFact() {
    }

    public BeneficiaryFact(long beneficiaryId, Instant registeredAt, ContactChannel channel) {
        this.beneficiaryId = beneficiaryId;
        this.registeredAt = registeredAt;
        this.channel = channel;
    }
}

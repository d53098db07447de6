package org.ektefaa.requests.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;

/** A reason for rejecting a request, from the list the association keeps (policy §5.4). */
@Entity
@Table(name = "req_rejection_reason")
public class RejectionReason extends CodedEntry {

    protected RejectionReason() {
    }

    public RejectionReason(String code, LocalizedName name) {
        super(code, name);
    }
}

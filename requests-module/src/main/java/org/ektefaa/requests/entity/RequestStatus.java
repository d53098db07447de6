package org.ektefaa.requests.entity;

/** Where a request stands. */
public enum RequestStatus {
    RECEIVED, WAITING_FOR_APPLICANT, RAISED, APPROVED, REJECTED, IN_SERVICE, DELIVERED, ANSWERED, CLOSED;

    public boolean awaitsDecision() {
        return this == RAISED || this == WAITING_FOR_APPLICANT;
    }
}

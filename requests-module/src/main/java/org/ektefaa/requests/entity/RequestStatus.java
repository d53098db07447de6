package org.ektefaa.requests.entity;

import org.ektefaa.requests.api.RequestType;

/** Where a request stands. */
public enum RequestStatus {
    RECEIVED, WAITING_FOR_APPLICANT, RAISED, APPROVED, REJECTED, IN_SERVICE, DELIVERED, ANSWERED, CLOSED;

    public boolean awaitsDecision() {
        return this == RAISED || this == WAITING_FOR_APPLICANT;
    }

    /**
     * Whether a request of {@code type} in this status is finished: closed, or decided when the decision finishes it
     * (a registration, {@link RequestType#finishesWithDecision}). Every other request is open.
     */
    public boolean finishes(RequestType type) {
        return this == CLOSED || type.finishesWithDecision() && (this == APPROVED || this == REJECTED);
    }

    /** The status a request of {@code type} is counted under on the dashboard: {@link #CLOSED} for every finished one. */
    public RequestStatus countedAs(RequestType type) {
        return finishes(type) ? CLOSED : this;
    }
}

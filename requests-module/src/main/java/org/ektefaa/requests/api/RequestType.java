package org.ektefaa.requests.api;

/** What a person came for. */
public enum RequestType {
    /** Registration as a beneficiary (policy §5.2–§5.5). */
    REGISTRATION,
    /** A service from the catalogue: food basket, rent, bills, medical, education, cash aid (§5.6). */
    SUPPORT,
    /** A question (§3.3). */
    INQUIRY,
    SUGGESTION,
    COMPLAINT,
    /** Service recovery: someone calls the person back after a low evaluation (policy §3.5, §3.7). */
    FOLLOW_UP;

    /**
     * Whether the decision finishes the request: a registration is finished once the file is registered or refused
     * (the beneficiary's file carries on from there), every other request once it is closed. The one definition of
     * "open" that the dashboard, the request list and the reports share (issue #21).
     */
    public boolean finishesWithDecision() {
        return this == REGISTRATION;
    }
}

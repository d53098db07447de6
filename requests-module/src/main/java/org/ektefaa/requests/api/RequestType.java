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
    FOLLOW_UP
}

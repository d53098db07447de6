package org.ektefaa.eligibility.entity;

/** What the social researcher recommends after the home visit; the executive decides (policy §5.4). */
public enum Recommendation {
    SUPPORT,
    DO_NOT_SUPPORT,
    REVIEW
}

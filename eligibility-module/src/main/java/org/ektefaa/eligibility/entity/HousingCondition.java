package org.ektefaa.eligibility.entity;

/**
 * The state of a home as the social researcher found it (issue #26), each with its share of the housing factor's
 * weight: a home unfit to live in weighs as much as the heaviest rent.
 */
public enum HousingCondition {
    GOOD(0),
    FAIR(0.25),
    POOR(0.75),
    UNFIT(1);

    private final double share;

    HousingCondition(double share) {
        this.share = share;
    }

    public double share() {
        return share;
    }
}

package org.ektefaa.satisfaction.entity;

/** Where an invitation to evaluate stands, as the quality officer tracks it. */
public enum InvitationStatus {
    SENT, OPENED, ANSWERED, EXPIRED;

    public boolean isOpen() {
        return this == SENT || this == OPENED;
    }
}

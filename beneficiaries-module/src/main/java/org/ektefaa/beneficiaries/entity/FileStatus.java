package org.ektefaa.beneficiaries.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a beneficiary file stands; each status knows which may follow it. */
public enum FileStatus {
    DRAFT, INCOMPLETE, SUBMITTED, UNDER_DECISION, REGISTERED, REJECTED, SUSPENDED, CLOSED;

    public Set<FileStatus> next() {
        return switch (this) {
            case DRAFT, INCOMPLETE -> EnumSet.of(INCOMPLETE, SUBMITTED, CLOSED);
            case SUBMITTED -> EnumSet.of(UNDER_DECISION, REGISTERED, REJECTED);
            case UNDER_DECISION -> EnumSet.of(REGISTERED, REJECTED);
            case REGISTERED -> EnumSet.of(SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(REGISTERED, CLOSED);
            case REJECTED -> EnumSet.of(INCOMPLETE);
            case CLOSED -> EnumSet.noneOf(FileStatus.class);
        };
    }

    /**
     * How far a file has gone (issue #24's merge keeps the one further on): registered or suspended 3, submitted or
     * under decision 2, a draft or incomplete 1, refused or closed 0.
     */
    public int standing() {
        return switch (this) {
            case REGISTERED, SUSPENDED -> 3;
            case SUBMITTED, UNDER_DECISION -> 2;
            case DRAFT, INCOMPLETE -> 1;
            case REJECTED, CLOSED -> 0;
        };
    }

    /** Whether the applicant's data may still be edited freely (before submission). */
    public boolean isOpenForEditing() {
        return this == DRAFT || this == INCOMPLETE || this == REJECTED;
    }
}

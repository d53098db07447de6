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

    /** Whether the applicant's data may still be edited freely (before submission). */
    public boolean isOpenForEditing() {
        return this == DRAFT || this == INCOMPLETE || this == REJECTED;
    }
}

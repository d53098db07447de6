package org.ektefaa.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The approved versions of the policy and which one was in force on a day (reports and the policy page). */
public interface PolicyVersions {

    /** One approved version: its label, the board's approval reference and date, what changed. */
    record Version(String label, String approvalReference, LocalDate approvedOn, String summary) implements java.io.Serializable {
    }

    /** The latest version approved on or before {@code day}. */
    Optional<Version> inForceOn(LocalDate day);

    /** Every version, newest first. */
    List<Version> all();
}

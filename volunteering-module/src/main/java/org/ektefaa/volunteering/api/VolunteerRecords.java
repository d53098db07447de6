package org.ektefaa.volunteering.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the reporting module may read to print a volunteer's certificate of hours: the name, the reference,
 * and the approved hours per opportunity. Nothing else.
 */
public interface VolunteerRecords {

    /** One opportunity on the certificate. */
    record Line(String opportunity, LocalDate firstDay, LocalDate lastDay, BigDecimal hours) {
    }

    /** A certificate: only for an approved volunteer. */
    record Certificate(long volunteerId, String reference, String fullName, boolean female, String language,
                       List<Line> lines, BigDecimal totalHours) {
    }

    Optional<Certificate> certificate(long volunteerId);
}

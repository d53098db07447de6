package org.ektefaa.eligibility.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A file's latest eligibility assessment as other modules show it (issue #26): the outcome, the need score (0-100)
 * and its band, each criterion's result and each factor of the score as {@link Line}s (words come from the
 * eligibility bundle, {@code criterion.<code>.<status>} and {@code factor.<code>}), when it was made and why, and
 * until when it holds.
 */
public record Standing(long fileId, long assessmentId, Outcome outcome, int score, String band, String madeFor,
                       Instant madeAt, LocalDate validUntil, List<Line> criteria, List<Line> factors)
        implements Serializable {

    /**
     * A criterion ({@code code} its kind, {@code status} MET / NOT_MET / UNKNOWN) or a factor of the score
     * ({@code points} of {@code weight}); {@code seen} is the value read from the file and {@code limit} the rule's,
     * both as text ready to show (numbers in Latin digits; the page shapes them).
     */
    public record Line(String code, String status, String seen, String limit, int points, int weight)
            implements Serializable {
    }

    public Standing {
        criteria = List.copyOf(criteria);
        factors = List.copyOf(factors);
    }

    /** The criteria not met, for telling a refused applicant why. */
    public List<Line> notMet() {
        return criteria.stream().filter(l -> "NOT_MET".equals(l.status())).toList();
    }

    /** Whether the assessment no longer holds on {@code day} (a renewal is due). */
    public boolean expiredOn(LocalDate day) {
        return validUntil.isBefore(day);
    }
}

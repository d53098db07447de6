package org.ektefaa.eligibility.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A file's latest eligibility assessment as other modules show it (issue #26): the outcome, the need score (0-100)
 * and its band, each criterion's result and each factor of the score as {@link Line}s (words come from the
 * eligibility bundle, {@code criterion.<code>.<status>} and {@code factor.<code>}), when it was made and why, and
 * until when it holds. For a support request of a service with criteria of its own ({@link Eligibility#forService}),
 * {@code serviceCode} and {@code serviceCriteria} are that service's criteria, read on the file as it is now, and the
 * outcome is the worse of the file's and the service's; otherwise they are null and empty.
 */
public record Standing(long fileId, long assessmentId, Outcome outcome, int score, String band, String madeFor,
                       Instant madeAt, LocalDate validUntil, List<Line> criteria, List<Line> factors,
                       String serviceCode, List<Line> serviceCriteria)
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
        serviceCriteria = serviceCriteria == null ? List.of() : List.copyOf(serviceCriteria);
    }

    /** A file's own standing, without a service's criteria. */
    public Standing(long fileId, long assessmentId, Outcome outcome, int score, String band, String madeFor,
                    Instant madeAt, LocalDate validUntil, List<Line> criteria, List<Line> factors) {
        this(fileId, assessmentId, outcome, score, band, madeFor, madeAt, validUntil, criteria, factors, null, List.of());
    }

    /**
     * This standing for a request of {@code service}, whose criteria gave {@code lines}: not eligible when the file is
     * not or a service criterion is not met; to be reviewed when either is not known; eligible only when both are.
     */
    public Standing forService(String service, List<Line> lines) {
        Outcome worse = outcome == Outcome.NOT_ELIGIBLE || lines.stream().anyMatch(l -> "NOT_MET".equals(l.status()))
                ? Outcome.NOT_ELIGIBLE
                : outcome == Outcome.NEEDS_REVIEW || lines.stream().anyMatch(l -> "UNKNOWN".equals(l.status()))
                ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
        return new Standing(fileId, assessmentId, worse, score, band, madeFor, madeAt, validUntil, criteria, factors,
                service, lines);
    }

    /** The criteria not met (the file's, then the service's), for telling a refused applicant why. */
    public List<Line> notMet() {
        return java.util.stream.Stream.concat(criteria.stream(), serviceCriteria.stream())
                .filter(l -> "NOT_MET".equals(l.status())).toList();
    }

    /** Whether the assessment no longer holds on {@code day} (a renewal is due). */
    public boolean expiredOn(LocalDate day) {
        return validUntil.isBefore(day);
    }
}

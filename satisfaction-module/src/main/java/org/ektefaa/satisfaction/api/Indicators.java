package org.ektefaa.satisfaction.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The satisfaction indicators, computed exactly from how many people gave each score (policy §3.5), the same
 * way on the quality officer's screens and in the board's reports:
 * <ul>
 * <li>CSAT — the share of 4 and 5 answers on a 1–5 item, in percent;</li>
 * <li>NPS — percent of promoters (9–10) minus percent of detractors (0–6) on the 0–10 question;</li>
 * <li>CES — the mean of the 1–7 effort answers;</li>
 * <li>response rate — answered invitations over invitations, in percent.</li>
 * </ul>
 * Every figure carries its sample size; an empty sample gives no value (never zero). Values are rounded once,
 * half up, at the end: percentages to one decimal, the mean to two.
 */
public final class Indicators {

    /** A value and the number of answers behind it; {@code value} is null when {@code n} is zero. */
    public record Figure(BigDecimal value, long n) implements java.io.Serializable {

        public static final Figure NONE = new Figure(null, 0);

        public boolean isKnown() {
            return value != null;
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Indicators() {
    }

    public static Figure csat(Map<Integer, Long> counts) {
        long n = total(counts);
        return n == 0 ? Figure.NONE : new Figure(percent(between(counts, 4, 5), n), n);
    }

    /** The share of dissatisfied answers (1–2 on the five-point scale), issue #23. */
    public static Figure dissatisfied(Map<Integer, Long> counts) {
        long n = total(counts);
        return n == 0 ? Figure.NONE : new Figure(percent(between(counts, 1, 2), n), n);
    }

    public static Figure nps(Map<Integer, Long> counts) {
        long n = total(counts);
        if (n == 0) {
            return Figure.NONE;
        }
        long net = between(counts, 9, 10) - between(counts, 0, 6);
        return new Figure(percent(net, n), n);
    }

    public static Figure mean(Map<Integer, Long> counts) {
        long n = total(counts);
        if (n == 0) {
            return Figure.NONE;
        }
        long sum = counts.entrySet().stream().mapToLong(e -> (long) e.getKey() * e.getValue()).sum();
        return new Figure(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), n);
    }

    public static Figure responseRate(long answered, long invited) {
        return invited == 0 ? Figure.NONE : new Figure(percent(answered, invited), invited);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long total(Map<Integer, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long between(Map<Integer, Long> counts, int low, int high) {
        return counts.entrySet().stream().filter(e -> e.getKey() >= low && e.getKey() <= high)
                .mapToLong(Map.Entry::getValue).sum();
    }
}

package org.ektefaa.requests.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The decision commitment of policy §5.4: due a number of days (default 14, from the association profile)
 * after the request was raised, the clock paused while the request waits for the applicant. A request is
 * at risk when it is due within three days, overdue after its due date.
 */
public final class SlaClock {

    public static final int AT_RISK_DAYS = 3;

    private SlaClock() {
    }

    public static LocalDate due(LocalDate raised, int periodDays, int pausedDays) {
        return raised.plusDays((long) periodDays + Math.max(0, pausedDays));
    }

    /** Whole days between the applicant being asked and answering (a same-day answer pauses nothing). */
    public static int pausedDays(LocalDate askedOn, LocalDate answeredOn) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(askedOn, answeredOn));
    }

    /** Days left until the due date; negative when overdue. */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    public static boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    public static boolean atRisk(LocalDate due, LocalDate today) {
        long left = daysLeft(due, today);
        return left >= 0 && left <= AT_RISK_DAYS;
    }

    /** Whether a decision on {@code decidedOn} kept the commitment. */
    public static boolean met(LocalDate due, LocalDate decidedOn) {
        return !decidedOn.isAfter(due);
    }
}

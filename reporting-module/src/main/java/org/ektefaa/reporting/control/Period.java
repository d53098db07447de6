package org.ektefaa.reporting.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/** A reporting period of whole days [start, end] in the association's time zone. */
public record Period(LocalDate start, LocalDate end) implements java.io.Serializable {

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    public static Period quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    public static Period monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1).minusDays(1));
    }

    /** The period of the same length just before this one (the previous quarter or month when it is one). */
    public Period previous() {
        if (start.getDayOfMonth() == 1 && end.plusDays(1).getDayOfMonth() == 1) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
            LocalDate from = start.minusMonths(months);
            return new Period(from, start.minusDays(1));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        return new Period(start.minusDays(days), start.minusDays(1));
    }

    public Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant until(ZoneId zone) {
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public int quarter() {
        return start.get(IsoFields.QUARTER_OF_YEAR);
    }
}

package org.ektefaa.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure of a report as typed data (issue #23): the number or date itself, what kind of figure it is, and the text
 * the report's language writes for it. The PDF prints the text; the spreadsheet and the tidy CSV keep the number, so
 * that a spreadsheet computes with it.
 *
 * @param text   as the report writes it ("87.5%", "١٢", "15 Jumada II 1448 (6 December 2026)"), never null
 * @param number the figure (a percentage as 87.5, not 0.875), or null for a text or an unknown figure ("—")
 * @param date   the day, for a date
 * @param unit   what the number counts
 */
public record Cell(String text, BigDecimal number, LocalDate date, Unit unit) {

    /** What a figure counts: how a spreadsheet formats it and what the tidy CSV names it. */
    public enum Unit {
        /** Whole things counted: requests, volunteers. */
        COUNT,
        /** A percentage, 0 to 100. */
        PERCENT,
        /** A score on its own scale: the NPS (−100 to 100), the effort score. */
        SCORE,
        /** A decimal quantity: days, hours. */
        DECIMAL,
        /** A day. */
        DATE,
        /** Words, no figure. */
        TEXT
    }

    public static final Cell EMPTY = new Cell("", null, null, Unit.TEXT);

    public static Cell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Cell(text, null, null, Unit.TEXT);
    }

    /** Whether there is a number or a date behind the text. */
    public boolean isFigure() {
        return number != null || date != null;
    }
}

package org.ektefaa.platform.api;

import java.util.regex.Pattern;

/**
 * A text cell of an export as a spreadsheet must never run it (CSV injection, issue #17): a text beginning with a
 * formula sign ({@code = + - @}), a tab or a line break gets a leading apostrophe, whatever follows (line breaks
 * included). Numbers are not texts: an export writes a negative figure as a number, never through here. The one rule
 * of every CSV the system writes (the request list, the reports).
 */
public final class SpreadsheetText {

    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\\t\\r\\n]");

    private SpreadsheetText() {
    }

    /** {@code text} as a CSV cell keeps it: as it is, or behind an apostrophe; "" for null. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA.matcher(text).lookingAt() ? "'" + text : text;
    }
}

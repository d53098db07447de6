package org.ektefaa.platform.api.saudi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digits Arabic text is written with, chosen once in the association profile (issue #22): Latin digits
 * (0123456789, as most Saudi services show them) or Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩). Pages, messages, e-mails, SMS
 * and reports written in Arabic follow it, whatever formatted the number, so that one line never mixes "الربع ٣ من
 * 2026". Codes read out and typed back — tracking numbers, identity numbers, mobiles, IBANs, references, web and
 * e-mail addresses — stay in Latin digits in both styles: they sit inside a left-to-right isolate (or a
 * {@code dir="ltr"} element in a page), where Arabic-Indic digits joined by a hyphen would be reordered again. English
 * text always has Latin digits.
 */
public enum DigitStyle {

    LATIN, ARABIC_INDIC;

    private static final Pattern KEPT = Pattern.compile(
            "[\\u2066-\\u2068][^\\u2069]*\\u2069|[A-Za-z][A-Za-z0-9+.-]*://\\S+|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+");

    /** {@code text} written in this style: every digit, decimal point, thousands separator and percent sign. */
    public String shape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return this == LATIN ? latin(text) : arabicIndic(text);
    }

    private static String latin(String text) {
        String digits = Digits.normalise(text);
        StringBuilder out = null;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            char latin = switch (c) {
                case '\u066B' -> '.'; // Arabic decimal separator
                case '\u066C' -> ','; // Arabic thousands separator
                case '\u066A' -> '%'; // Arabic percent sign
                default -> c;
            };
            if (latin != c && out == null) {
                out = new StringBuilder(digits.length()).append(digits, 0, i);
            }
            if (out != null) {
                out.append(latin);
            }
        }
        return out == null ? digits : out.toString();
    }

    private static String arabicIndic(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher kept = KEPT.matcher(text);
        int last = 0;
        while (kept.find()) {
            indic(text, last, kept.start(), out);
            out.append(kept.group());
            last = kept.end();
        }
        indic(text, last, text.length(), out);
        return out.toString();
    }

    private static void indic(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean afterDigit = i > from && isDigit(text.charAt(i - 1));
            boolean beforeDigit = i + 1 < to && isDigit(text.charAt(i + 1));
            if (isDigit(c)) {
                out.append((char) ('\u0660' + c - '0'));
            } else if (c == '.' && afterDigit && beforeDigit) {
                out.append('\u066B'); // Arabic decimal separator
            } else if (c == ',' && afterDigit && beforeDigit) {
                out.append('\u066C'); // Arabic thousands separator
            } else if (c == '%' && afterDigit) {
                out.append('\u066A'); // Arabic percent sign
            } else {
                out.append(c);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The style for a stored name; Latin when unknown. */
    public static DigitStyle of(String name) {
        return "ARABIC_INDIC".equals(name) ? ARABIC_INDIC : LATIN;
    }
}

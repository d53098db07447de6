package org.ektefaa.platform.api.saudi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Left-to-right runs inside Arabic text, kept in their order (issue #22). In a right-to-left paragraph the Unicode
 * bidirectional algorithm moves the weak and neutral characters around numbers: a tracking number
 * {@code 1448-000398} reads {@code 000398-1448}, {@code §4} reads {@code 4§}, a mobile {@code +966555123456} reads
 * {@code 966555123456+}, a meeting {@code 27-3} reads {@code 3-27}. Wrapped in a left-to-right isolate
 * (U+2066 … U+2069) such a run is laid out on its own and placed as one piece — in a page, a Faces message, an e-mail,
 * an SMS or a PDF alike. Pages isolate the values they show with {@code <bdi dir="ltr">}; text that is composed
 * (a message with its arguments, a bundle's sentence citing {@code §5.4}, a notice by SMS) goes through
 * {@link #isolateRuns}, which is idempotent.
 */
public final class Bidi {

    /** LEFT-TO-RIGHT ISOLATE. */
    public static final char LRI = '\u2066';
    /** FIRST STRONG ISOLATE. */
    public static final char FSI = '\u2068';
    /** RIGHT-TO-LEFT ISOLATE. */
    public static final char RLI = '\u2067';
    /** POP DIRECTIONAL ISOLATE. */
    public static final char PDI = '\u2069';

    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";

    /**
     * The runs the algorithm reorders in a right-to-left paragraph: numbers joined by a hyphen, a dash or a plus
     * (tracking numbers, ISO dates, references, ranges; a slash, a colon, a point or a comma between digits keeps its
     * place), a negative number, a sign before a number ({@code §4},
     * {@code +966…}, {@code #12}), and e-mail addresses; a web address is left exactly as it is (nothing inserted into
     * a link) and nothing inside a Latin word is touched. Plain numbers ({@code 14}, {@code 5.4}, {@code 65.7%}) and
     * Latin words keep their order and are left alone.
     */
    static final Pattern REORDERED = Pattern.compile(
            "(?<url>[A-Za-z][A-Za-z0-9+.-]*://\\S+)"
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[A-Za-z]{2,}"
                    + "|(?<![A-Za-z0-9_])(?:(?:[§#+\\-−]\\s?)?" + DIGIT + "+(?:[.,]" + DIGIT + "+)*(?:\\s?[-+–]\\s?" + DIGIT
                    + "+(?:[.,]" + DIGIT + "+)*)+"
                    + "|[§#+\\-−]\\s?" + DIGIT + "+(?:[.,]" + DIGIT + "+)*)(?![A-Za-z0-9_])");

    private Bidi() {
    }

    /** {@code value} as one left-to-right piece wherever it stands; null stays null. */
    public static String ltr(String value) {
        if (value == null || value.isEmpty() || value.charAt(0) == LRI && value.charAt(value.length() - 1) == PDI) {
            return value;
        }
        return LRI + value + PDI;
    }

    /** Whether {@code text} holds an Arabic letter (a sentence to be read right to left). */
    public static boolean hasArabic(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(text.charAt(i));
            if (block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} with every run the algorithm would reorder wrapped in a left-to-right isolate; runs already inside
     * an isolate are left as they are, so it may be applied twice.
     */
    public static String isolateRuns(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int depth = 0;
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && depth == 0) { // a MessageFormat placeholder ({0,number,#,##0}, {0,choice,-1#…}) stays as it is
                int end = closing(text, i);
                if (end > i) {
                    isolateIn(text.substring(plainFrom, i), out);
                    out.append(text, i, end + 1);
                    plainFrom = end + 1;
                    i = end;
                    continue;
                }
            }
            if (c == LRI || c == RLI || c == FSI) {
                if (depth == 0) {
                    isolateIn(text.substring(plainFrom, i), out);
                    plainFrom = i;
                }
                depth++;
            } else if (c == PDI && depth > 0) {
                depth--;
                if (depth == 0) {
                    out.append(text, plainFrom, i + 1);
                    plainFrom = i + 1;
                }
            }
        }
        if (depth == 0) {
            isolateIn(text.substring(plainFrom), out);
        } else {
            out.append(text, plainFrom, text.length());
        }
        return out.toString();
    }

    /** Where the brace group opened at {@code open} closes, nested groups counted; -1 when it does not. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void isolateIn(String plain, StringBuilder out) {
        Matcher run = REORDERED.matcher(plain);
        int last = 0;
        while (run.find()) {
            out.append(plain, last, run.start());
            if (run.group("url") != null) { // a link stays exactly as it is, to be found and opened
                out.append(run.group());
            } else {
                out.append(LRI).append(run.group()).append(PDI);
            }
            last = run.end();
        }
        out.append(plain, last, plain.length());
    }
}

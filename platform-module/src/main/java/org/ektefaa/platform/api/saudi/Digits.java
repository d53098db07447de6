package org.ektefaa.platform.api.saudi;

/**
 * Eastern-Arabic (٠١٢٣٤٥٦٧٨٩) and Persian (۰۱۲۳۴۵۶۷۸۹) digits become ASCII digits, so that a number typed
 * on an Arabic keyboard is the same number everywhere it is checked, stored or searched.
 */
public final class Digits {

    private Digits() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            if (ascii != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ascii);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Only the digits of {@code text}, after normalisation (spaces, dashes and the like dropped). */
    public static String only(String text) {
        String normal = normalise(text);
        if (normal == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(normal.length());
        normal.chars().filter(ch -> ch >= '0' && ch <= '9').forEach(ch -> digits.append((char) ch));
        return digits.toString();
    }
}

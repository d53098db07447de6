package org.ektefaa.platform.api.saudi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Arabic names as a search engine should compare them: the hamza forms of alef (أ إ آ ٱ) become ا,
 * taa marbuta (ة) becomes ه, alef maqsura (ى) becomes ي, hamza on waw/yaa (ؤ ئ) become و ي, and diacritics
 * (tashkeel) and tatweel (ـ) disappear; spaces are folded and Latin letters lower-cased. So إبراهيم,
 * ابراهيم and اِبْراهيم are one name.
 */
public final class ArabicText {

    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArabicText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = DIACRITICS.matcher(Digits.normalise(text)).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> c;
            });
        }
        return SPACES.matcher(out.toString().trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}

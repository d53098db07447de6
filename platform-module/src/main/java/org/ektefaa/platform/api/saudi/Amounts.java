package org.ektefaa.platform.api.saudi;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount as people type it on an Arabic or a Latin keyboard: Eastern-Arabic or Latin digits, the Arabic decimal
 * separator (٫, U+066B) or a point, thousands grouped by the Arabic thousands separator (٬, U+066C), a comma or a space
 * ({@code ١٬٥٠٠٫٥٠}, {@code 1,500.50}, {@code 1 500}). A comma that does not group thousands ({@code 1,5}) is refused
 * rather than guessed.
 */
public final class Amounts {

    private static final Pattern GROUPED = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");

    /** Marks a text pasted from an Arabic page may carry: LRM, RLM, ALM, the isolates and embeddings. */
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");

    private Amounts() {
    }

    /** The amount {@code text} holds; null for a blank text; {@link NumberFormatException} when it is not one. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // a space groups thousands as a comma does (and is checked the same way): "1 500" is 1500, "1 5" is refused
        String s = Digits.normalise(DIRECTION_MARKS.matcher(text).replaceAll("").strip()).replace('\u066B', '.')
                .replace('\u066C', ',').replace('\u00A0', ',').replace('\u202F', ',').replace(' ', ',')
                .replace('\u2212', '-');
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new NumberFormatException("not an amount");
        }
        return new BigDecimal(s);
    }
}

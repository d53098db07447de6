package org.ektefaa.beneficiaries.control;

import java.util.Locale;
import java.util.Optional;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.SaudiMobiles;

/**
 * How the search box is read, the way reception types it: an identity number, a mobile, a beneficiary number
 * ({@code B-12}), the last four digits of an identity number, or words of a name.
 */
public record SearchText(Kind kind, String value) {

    /** What the text is. */
    public enum Kind { ALL, IDENTITY, MOBILE, NUMBER, LAST_FOUR, NAME }

    public static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(Kind.ALL, null);
        }
        String normal = Digits.normalise(text.trim());
        String digits = Digits.only(normal);
        if (normal.toUpperCase(Locale.ROOT).matches("B-?\\d{1,6}")) {
            return new SearchText(Kind.NUMBER, String.format(Locale.ROOT, "B-%06d", Long.parseLong(digits)));
        }
        if (digits.length() == normal.replaceAll("[\\s-]", "").length() || normal.startsWith("+")) {
            if (digits.length() == 10 && (digits.startsWith("1") || digits.startsWith("2"))) {
                return new SearchText(Kind.IDENTITY, digits);
            }
            Optional<String> mobile = SaudiMobiles.e164(normal);
            if (mobile.isPresent()) {
                return new SearchText(Kind.MOBILE, mobile.get());
            }
            if (digits.length() == 4) {
                return new SearchText(Kind.LAST_FOUR, digits);
            }
        }
        // the name as typed (its spelling is folded by NameKeys, which needs to see ى apart from ي)
        return new SearchText(Kind.NAME, normal.replaceAll("\\s+", " "));
    }
}

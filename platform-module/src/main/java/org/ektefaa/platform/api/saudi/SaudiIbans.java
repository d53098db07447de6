package org.ektefaa.platform.api.saudi;

import java.math.BigInteger;
import java.util.Locale;

/** Saudi IBANs: {@code SA}, two check digits, a two-digit bank code and 18 characters, checked by ISO 13616 mod-97. */
public final class SaudiIbans {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private SaudiIbans() {
    }

    /** Upper case, without spaces, with Eastern-Arabic digits converted; null for blank input. */
    public static String normalise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return Digits.normalise(input).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String input) {
        String iban = normalise(input);
        if (iban == null || !iban.matches("SA\\d{2}\\d{2}[0-9A-Z]{18}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.digit(c, 36));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** Groups of four for reading aloud or on paper: {@code SA03 8000 0000 6080 1016 7519}. */
    public static String formatted(String input) {
        String iban = normalise(input);
        return iban == null ? null : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}

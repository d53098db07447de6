package org.ektefaa.platform.api.saudi;

/**
 * Saudi national ID (starts with 1) and Iqama (resident ID, starts with 2) numbers: ten digits whose last
 * digit is a Luhn check digit over the first nine.
 */
public final class NationalIds {

    private NationalIds() {
    }

    /** The ten ASCII digits of {@code input} (Eastern-Arabic digits and separators accepted), or null. */
    public static String normalise(String input) {
        String digits = Digits.only(input);
        return digits == null || digits.isEmpty() ? null : digits;
    }

    public static boolean isValid(String input) {
        String digits = normalise(input);
        if (digits == null || digits.length() != 10 || (digits.charAt(0) != '1' && digits.charAt(0) != '2')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Whether a valid number belongs to a citizen (national ID) rather than a resident (Iqama). */
    public static boolean isCitizen(String input) {
        return isValid(input) && normalise(input).charAt(0) == '1';
    }

    /** The valid number made of these nine digits and their check digit (demo and benchmark data). */
    public static String withCheckDigit(long nineDigits) {
        String digits = Long.toString(nineDigits);
        if (digits.length() != 9) {
            throw new IllegalArgumentException("nine digits expected");
        }
        for (int check = 0; check < 10; check++) {
            if (isValid(digits + check)) {
                return digits + check;
            }
        }
        throw new IllegalArgumentException("not an identity number stem: " + digits);
    }
}

package org.ektefaa.platform.api.saudi;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Saudi mobile numbers, by Google's libphonenumber: {@code 05x xxx xxxx}, {@code +9665x...}, {@code 009665x...}. */
public final class SaudiMobiles {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private SaudiMobiles() {
    }

    /** The number in E.164 ({@code +9665XXXXXXXX}) if it is a valid Saudi mobile number. */
    public static Optional<String> e164(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(Digits.normalise(input), "SA");
            boolean mobile = PHONES.isValidNumberForRegion(number, "SA")
                    && PHONES.getNumberType(number) == PhoneNumberType.MOBILE;
            return mobile ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String input) {
        return e164(input).isPresent();
    }

    /** The last four digits, which a person quotes to prove a request is theirs. */
    public static String lastFour(String e164) {
        return e164 == null || e164.length() < 4 ? "" : e164.substring(e164.length() - 4);
    }
}

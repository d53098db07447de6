package org.ektefaa.platform.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.SaudiMobiles;

/**
 * What the association tells the public on its home page (issue #18): what it offers, and how to use each channel
 * of policy §4 — the unified number to call (§4.2), its social accounts (§4.3), the address that receives visits
 * and letters with the opening hours (§4.1, §4.4), a WhatsApp number and an e-mail address — its registration
 * number at the National Center for the Non-Profit Sector, and whom to write to about personal data (the privacy
 * notice). Every part is optional: what is left empty is not shown. Administrators edit it on the settings page.
 */
public record PublicFace(
        @Size(max = 2000) String aboutAr,
        @Size(max = 2000) String aboutEn,
        @Size(max = 20) @Pattern(regexp = PHONE) String phone,
        @Size(max = 20) @Pattern(regexp = PHONE) String whatsapp,
        @Size(max = 200) @Email String email,
        @Size(max = 300) String addressAr,
        @Size(max = 300) String addressEn,
        @Size(max = 300) String hoursAr,
        @Size(max = 300) String hoursEn,
        @Size(max = 500) @Pattern(regexp = "https://\\S+") String mapUrl,
        @Size(max = 50) @Pattern(regexp = HANDLE) String xAccount,
        @Size(max = 50) @Pattern(regexp = HANDLE) String instagramAccount,
        @Size(max = 50) @Pattern(regexp = HANDLE) String snapchatAccount,
        @Size(max = 50) @Pattern(regexp = HANDLE) String youtubeAccount,
        @Size(max = 30) @Pattern(regexp = "[0-9\u0660-\u0669 -]*") String registrationNumber,
        @Size(max = 200) @Email String privacyEmail) implements java.io.Serializable {

    /** A telephone number as people write it: digits (Latin or Arabic-Indic), spaces, dashes and a leading plus. */
    public static final String PHONE = "\\+?[0-9\u0660-\u0669 -]{3,19}";

    /** An account name on a social network, without the "@". */
    public static final String HANDLE = "[A-Za-z0-9_.-]{1,50}";

    /** Nothing told yet. */
    public static final PublicFace EMPTY = new PublicFace(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    public PublicFace {
        aboutAr = blankToNull(aboutAr);
        aboutEn = blankToNull(aboutEn);
        phone = blankToNull(phone);
        whatsapp = blankToNull(whatsapp);
        email = blankToNull(email);
        addressAr = blankToNull(addressAr);
        addressEn = blankToNull(addressEn);
        hoursAr = blankToNull(hoursAr);
        hoursEn = blankToNull(hoursEn);
        mapUrl = blankToNull(mapUrl);
        xAccount = handle(xAccount);
        instagramAccount = handle(instagramAccount);
        snapchatAccount = handle(snapchatAccount);
        youtubeAccount = handle(youtubeAccount);
        registrationNumber = blankToNull(registrationNumber);
        privacyEmail = blankToNull(privacyEmail);
    }

    /** What the association offers, in the reader's language (the other language when only that one is written). */
    public String about(Locale locale) {
        return either(locale, aboutAr, aboutEn);
    }

    public String address(Locale locale) {
        return either(locale, addressAr, addressEn);
    }

    public String hours(Locale locale) {
        return either(locale, hoursAr, hoursEn);
    }

    /** The lines of {@link #about}, each a thing the association offers. */
    public java.util.List<String> aboutLines(Locale locale) {
        String about = about(locale);
        return about == null ? java.util.List.of()
                : about.lines().map(String::strip).map(l -> l.replaceFirst("^[-•*]\\s*", "")).filter(l -> !l.isEmpty())
                .toList();
    }

    /** {@code tel:} address of the phone number (a Saudi mobile in international form; a unified 9200 number as is). */
    public Optional<String> phoneLink() {
        return Optional.ofNullable(phone).map(p -> "tel:" + SaudiMobiles.e164(p).orElse(Digits.only(p)));
    }

    /** The WhatsApp chat link of the WhatsApp number ({@code https://wa.me/9665...}). */
    public Optional<String> whatsappLink() {
        return Optional.ofNullable(whatsapp)
                .map(w -> "https://wa.me/" + SaudiMobiles.e164(w).orElse(Digits.only(w)).replace("+", ""));
    }

    public Optional<String> xLink() {
        return Optional.ofNullable(xAccount).map(h -> "https://x.com/" + h);
    }

    public Optional<String> instagramLink() {
        return Optional.ofNullable(instagramAccount).map(h -> "https://www.instagram.com/" + h);
    }

    public Optional<String> snapchatLink() {
        return Optional.ofNullable(snapchatAccount).map(h -> "https://www.snapchat.com/add/" + h);
    }

    public Optional<String> youtubeLink() {
        return Optional.ofNullable(youtubeAccount).map(h -> "https://www.youtube.com/@" + h);
    }

    /** Whether any social account is given (policy §4.3 has something to show). */
    public boolean hasSocial() {
        return xAccount != null || instagramAccount != null || snapchatAccount != null || youtubeAccount != null;
    }

    private static String either(Locale locale, String arabic, String english) {
        boolean en = "en".equals(locale.getLanguage());
        String first = en ? english : arabic;
        return first != null ? first : (en ? arabic : english);
    }

    private static String handle(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.replaceFirst("^@", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.ektefaa.platform.api.saudi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiDataTest {

    @Test
    void easternArabicAndPersianDigitsBecomeAscii() {
        assertThat(Digits.normalise("١٠٠٠٠٠٠٠٠٨")).isEqualTo("1000000008");
        assertThat(Digits.normalise("۲۰۰۰")).isEqualTo("2000");
        assertThat(Digits.normalise("abc")).isSameAs("abc").isEqualTo("abc");
        assertThat(Digits.only("05 01-23 ٤٥٦٧")).isEqualTo("050123" + "4567");
        assertThat(Digits.normalise(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000008", "2000000006", "1395988296", "1048448045", "2351047739", "2069482608",
            "١٠٠٠٠٠٠٠٠٨", "1000 000 008"})
    void validNationalIdsAndIqamas(String id) {
        assertThat(NationalIds.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000009", "2000000007", "3000000005", "100000000", "10000000080", "abcdefghij", "",
            "0000000000"})
    void invalidNationalIds(String id) {
        assertThat(NationalIds.isValid(id)).isFalse();
    }

    @Test
    void citizensStartWithOneResidentsWithTwo() {
        assertThat(NationalIds.isCitizen("1000000008")).isTrue();
        assertThat(NationalIds.isCitizen("2000000006")).isFalse();
        assertThat(NationalIds.isValid(null)).isFalse();
    }

    @Test
    void saudiIbansAreCheckedByMod97() {
        assertThat(SaudiIbans.isValid("SA0380000000608010167519")).isTrue();
        assertThat(SaudiIbans.isValid("sa44 2000 0001 2345 6789 1234")).isTrue();
        assertThat(SaudiIbans.isValid("SA0380000000608010167518")).isFalse(); // one digit off
        assertThat(SaudiIbans.isValid("GB82WEST12345698765432")).isFalse(); // valid, but not Saudi
        assertThat(SaudiIbans.isValid("SA03800000006080101675")).isFalse(); // too short
        assertThat(SaudiIbans.formatted("SA0380000000608010167519")).isEqualTo("SA03 8000 0000 6080 1016 7519");
    }

    @Test
    void saudiMobilesInEveryUsualSpellingBecomeE164() {
        assertThat(SaudiMobiles.e164("0501234567")).contains("+966501234567");
        assertThat(SaudiMobiles.e164("٠٥٠١٢٣٤٥٦٧")).contains("+966501234567");
        assertThat(SaudiMobiles.e164("+966 50 123 4567")).contains("+966501234567");
        assertThat(SaudiMobiles.e164("00966501234567")).contains("+966501234567");
        assertThat(SaudiMobiles.e164("0112345678")).isEmpty(); // a Riyadh landline
        assertThat(SaudiMobiles.e164("+971501234567")).isEmpty(); // a UAE mobile
        assertThat(SaudiMobiles.e164("12345")).isEmpty();
        assertThat(SaudiMobiles.lastFour("+966501234567")).isEqualTo("4567");
    }

    @Test
    void hijriAndGregorianConvertBothWays() {
        // 1 Ramadan 1447 AH in the Umm al-Qura calendar is 18 February 2026.
        assertThat(HijriDates.toGregorian(1447, 9, 1)).contains(LocalDate.of(2026, 2, 18));
        assertThat(HijriDates.hijriYear(LocalDate.of(2026, 2, 18))).isEqualTo(1447);
        assertThat(HijriDates.toGregorian(1447, 13, 1)).isEmpty();
        assertThat(HijriDates.hijri(LocalDate.of(2026, 2, 18), Locale.ENGLISH)).isEqualTo("1 Ramadan 1447 AH");
        assertThat(HijriDates.hijri(LocalDate.of(2026, 2, 18), Locale.forLanguageTag("ar"))).contains("رمضان").endsWith("هـ");
        assertThat(HijriDates.both(LocalDate.of(2026, 2, 18), Locale.ENGLISH))
                .isEqualTo("1 Ramadan 1447 AH (18 February 2026)");
    }

    /** Issue #22: a moment writes its day as days are written, then the time, in the association's zone. */
    @Test
    void aMomentWritesItsDayAsDaysAreWritten() {
        java.time.Instant at = java.time.Instant.parse("2026-06-24T16:22:00Z");
        java.time.ZoneId riyadh = java.time.ZoneId.of("Asia/Riyadh");
        assertThat(HijriDates.moment(at, riyadh, Locale.ENGLISH)).isEqualTo("24 June 2026, 7:22 PM");
        Locale arabic = Locale.forLanguageTag("ar");
        assertThat(HijriDates.moment(at, riyadh, arabic))
                .startsWith(HijriDates.gregorian(java.time.LocalDate.of(2026, 6, 24), arabic) + "، ")
                .as("the time and its ص or م never parted by a line break").endsWith("7:22\u00a0م");
    }

    @Test
    void arabicNamesCompareWithoutHamzaTaaMarbutaAlefMaqsuraDiacriticsOrTatweel() {
        assertThat(ArabicText.normalise("إبراهيم")).isEqualTo(ArabicText.normalise("ابراهيم"));
        assertThat(ArabicText.normalise("اِبْرَاهِيم")).isEqualTo(ArabicText.normalise("ابراهيم"));
        assertThat(ArabicText.normalise("فاطمة")).isEqualTo(ArabicText.normalise("فاطمه"));
        assertThat(ArabicText.normalise("مصطفى")).isEqualTo(ArabicText.normalise("مصطفي"));
        assertThat(ArabicText.normalise("محـــمد")).isEqualTo("محمد");
        assertThat(ArabicText.normalise("  آمنة   علي ")).isEqualTo("امنه علي");
        assertThat(ArabicText.normalise("Omar")).isEqualTo("omar");
        assertThat(ArabicText.normalise("علي")).isNotEqualTo(ArabicText.normalise("عليا"));
    }
}

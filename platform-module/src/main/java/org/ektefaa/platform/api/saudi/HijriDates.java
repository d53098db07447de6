package org.ektefaa.platform.api.saudi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates in the Umm al-Qura (Hijri) calendar, as Saudi documents give them, and in the Gregorian calendar.
 * Java's Hijrah chronology covers 1300–1600 AH.
 */
public final class HijriDates {

    private static final DateTimeFormatter HIJRI_AR = DateTimeFormatter.ofPattern("d MMMM y", Locale.forLanguageTag("ar"))
            .withChronology(HijrahChronology.INSTANCE);
    private static final DateTimeFormatter HIJRI_EN = DateTimeFormatter.ofPattern("d MMMM y", Locale.ENGLISH)
            .withChronology(HijrahChronology.INSTANCE);
    private static final DateTimeFormatter GREGORIAN_AR = DateTimeFormatter.ofPattern("d MMMM y", Locale.forLanguageTag("ar"));
    private static final DateTimeFormatter GREGORIAN_EN = DateTimeFormatter.ofPattern("d MMMM y", Locale.ENGLISH);

    private HijriDates() {
    }

    /** The Gregorian date of a Hijri day, if such a day exists in the Umm al-Qura calendar. */
    public static Optional<LocalDate> toGregorian(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static HijrahDate toHijri(LocalDate date) {
        return HijrahDate.from(date);
    }

    /** The Hijri year of a day, e.g. 1447 (tracking numbers are sequential per Hijri year). */
    public static int hijriYear(LocalDate date) {
        return toHijri(date).get(ChronoField.YEAR);
    }

    /** {@code "١٥ رمضان ١٤٤٧ هـ"} in Arabic, {@code "15 Ramadan 1447 AH"} in English. */
    public static String hijri(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        boolean arabic = "ar".equals(locale.getLanguage());
        return (arabic ? HIJRI_AR : HIJRI_EN).format(toHijri(date)) + (arabic ? " هـ" : " AH");
    }

    /** {@code "5 March 2026"}, in the language of {@code locale}. */
    public static String gregorian(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return ("ar".equals(locale.getLanguage()) ? GREGORIAN_AR : GREGORIAN_EN).format(date);
    }

    // a no-break space: "ص" or "م" never wraps alone onto the next line of a narrow cell
    private static final DateTimeFormatter TIME_AR = DateTimeFormatter.ofPattern("h:mm\u00a0a", Locale.forLanguageTag("ar"));
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    /**
     * A moment as pages, messages and reports write it (issue #22: one date format per language and calendar): its
     * Gregorian day as {@link #gregorian} writes days, then the time — {@code "24 يونيو 2026، 7:22 م"},
     * {@code "24 June 2026, 7:22 PM"}.
     */
    public static String moment(java.time.Instant instant, java.time.ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        java.time.ZonedDateTime at = instant.atZone(zone);
        boolean arabic = "ar".equals(locale.getLanguage());
        return gregorian(at.toLocalDate(), locale) + (arabic ? "، " : ", ") + (arabic ? TIME_AR : TIME_EN).format(at);
    }

    /** Both calendars, Hijri first: how a date is shown on a beneficiary's file. */
    public static String both(LocalDate date, Locale locale) {
        return date == null ? "" : hijri(date, locale) + " (" + gregorian(date, locale) + ")";
    }
}

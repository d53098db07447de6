package org.ektefaa.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.saudi.HijriDates;

/**
 * Moments in time as people read them: in the association's time zone ({@code ektefaa.time-zone},
 * default Asia/Riyadh) and the page's language. Pages call {@code #{moments.format(instant)}}.
 */
@Named
@ApplicationScoped
public class Moments {

    @Inject
    Language language;

    @Inject
    @ConfigProperty(name = "ektefaa.time-zone", defaultValue = "Asia/Riyadh")
    String timeZone;

    /** A day in both calendars, Hijri (Umm al-Qura) first, in the page's language. */
    public String date(LocalDate date) {
        return HijriDates.both(date, language.getLocale());
    }

    /** The same for a day written as {@code 2026-12-14} (as an assessment line keeps it); anything else as it is. */
    public String dateOf(String isoDay) {
        if (isoDay == null) {
            return "";
        }
        try {
            return date(LocalDate.parse(isoDay));
        } catch (java.time.format.DateTimeParseException notADay) {
            return isoDay;
        }
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return HijriDates.moment(instant, ZoneId.of(timeZone), language.getLocale());
    }
}

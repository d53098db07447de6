package org.ektefaa.reporting.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ektefaa.platform.api.saudi.HijriDates;
import org.ektefaa.satisfaction.api.Indicators.Figure;

/**
 * The words and numbers of one report in its language: texts from the report bundle, channel and request-type
 * names from the bundles of the modules that own them, numbers with Arabic-Indic digits in Arabic, dates in
 * the Hijri and Gregorian calendars.
 */
public final class Wording {

    private final Locale locale;
    private final ResourceBundle texts;
    private final NumberFormat numbers;

    public Wording(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
        this.texts = ResourceBundle.getBundle("org.ektefaa.reporting.i18n.report", locale);
        this.numbers = NumberFormat.getNumberInstance("en".equals(language) ? Locale.ENGLISH
                : Locale.forLanguageTag("ar-SA-u-nu-arab"));
    }

    public Locale locale() {
        return locale;
    }

    public boolean rtl() {
        return !"en".equals(locale.getLanguage());
    }

    public String t(String key, Object... arguments) {
        String pattern = texts.getString(key);
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Number n ? number(n) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A name from another module's bundle ({@code ContactChannel.PHONE_CALL}), or the key's last part. */
    public String name(String bundle, String key) {
        try {
            return ResourceBundle.getBundle(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    public String channel(String code) {
        return code == null || code.isEmpty() ? "—" : name("org.ektefaa.platform.i18n.messages", "ContactChannel." + code);
    }

    public String type(String code) {
        return code == null || code.isEmpty() ? "—" : name("org.ektefaa.requests.i18n.messages", "RequestType." + code);
    }

    public String number(Number value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = (NumberFormat) numbers.clone();
        format.setMaximumFractionDigits(value instanceof BigDecimal b ? Math.max(0, b.scale()) : 0);
        format.setMinimumFractionDigits(value instanceof BigDecimal b ? Math.max(0, b.scale()) : 0);
        return format.format(value);
    }

    public String percent(Figure figure) {
        return figure == null || !figure.isKnown() ? "—" : percent(figure.value());
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : number(value) + (rtl() ? "٪" : "%");
    }

    public String plain(Figure figure) {
        return figure == null || !figure.isKnown() ? "—" : number(figure.value());
    }

    public String n(long n) {
        return number(n);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : HijriDates.both(date, locale);
    }
}

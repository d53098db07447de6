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

    private final org.ektefaa.platform.api.saudi.DigitStyle digits;

    public Wording(String language) {
        this(language, org.ektefaa.platform.api.saudi.DigitStyle.ARABIC_INDIC);
    }

    /**
     * The report's words in {@code language}; {@code digits}, the profile's style, is what the charts drawn from its
     * figures use (the texts are shaped into it when the PDF is made).
     */
    public Wording(String language, org.ektefaa.platform.api.saudi.DigitStyle digits) {
        this.digits = digits;
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
        this.texts = ResourceBundle.getBundle("org.ektefaa.reporting.i18n.report", locale);
        this.numbers = NumberFormat.getNumberInstance("en".equals(language) ? Locale.ENGLISH
                : Locale.forLanguageTag("ar-SA-u-nu-arab"));
    }

    /** The digits of the profile this report is made for (Arabic reports only; English is always Latin). */
    public org.ektefaa.platform.api.saudi.DigitStyle digits() {
        return digits;
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

    /**
     * A sentence whose nouns agree with its numbers (issue #23): the pattern is ICU's MessageFormat, with
     * {@code plural} forms (Arabic has six: zero, one, two, few, many, other; {@code =0} for "none"), numbers written
     * in the report's digits.
     */
    public String plural(String key, Object... arguments) {
        com.ibm.icu.util.ULocale icu = com.ibm.icu.util.ULocale.forLocale(rtl()
                ? Locale.forLanguageTag("ar-SA-u-nu-arab") : Locale.ENGLISH);
        return new com.ibm.icu.text.MessageFormat(texts.getString(key), icu).format(arguments);
    }

    /** A month as a chart's axis names it: "Mar 2026", "مارس ٢٠٢٦". */
    public String month(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern(rtl() ? "MMMM yyyy" : "MMM yyyy", rtl()
                ? Locale.forLanguageTag("ar-SA-u-nu-arab-ca-gregory") : Locale.ENGLISH).format(day);
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

    /** A year in the report's digits, without a thousands separator ("٢٠٢٦", "2026"). */
    public String year(int year) {
        NumberFormat format = (NumberFormat) numbers.clone();
        format.setGroupingUsed(false);
        return format.format(year);
    }

    public String n(long n) {
        return number(n);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : HijriDates.both(date, locale);
    }

    // ---- typed figures (issue #23): the text this report writes, with the number behind it for the exports ----

    /** Things counted. */
    public Cell count(long value) {
        return new Cell(n(value), BigDecimal.valueOf(value), null, Cell.Unit.COUNT);
    }

    /** A percentage from a figure of the satisfaction module; "—" with no number when too few answers. */
    public Cell pct(Figure figure) {
        return new Cell(percent(figure), figure == null || !figure.isKnown() ? null : figure.value(), null, Cell.Unit.PERCENT);
    }

    public Cell pct(BigDecimal value) {
        return new Cell(percent(value), value, null, Cell.Unit.PERCENT);
    }

    /** A score on its own scale (the NPS, the effort score). */
    public Cell score(Figure figure) {
        return new Cell(plain(figure), figure == null || !figure.isKnown() ? null : figure.value(), null, Cell.Unit.SCORE);
    }

    public Cell score(BigDecimal value) {
        return new Cell(number(value), value, null, Cell.Unit.SCORE);
    }

    /** A decimal quantity: days, hours. */
    public Cell decimal(Number value) {
        return new Cell(number(value), value == null ? null : new BigDecimal(value.toString()), null, Cell.Unit.DECIMAL);
    }

    public Cell day(LocalDate value) {
        return new Cell(date(value), null, value, Cell.Unit.DATE);
    }
}

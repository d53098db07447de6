package org.ektefaa.beneficiaries.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ektefaa.beneficiaries.entity.Enums.Gender;
import org.ektefaa.beneficiaries.entity.Enums.MaritalStatus;
import org.ektefaa.beneficiaries.entity.Enums.Relation;
import org.ektefaa.platform.api.saudi.ArabicText;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.HijriDates;

/**
 * How the values of an association's spreadsheet are read (issue #25): a full name split into its four parts as Saudi
 * names are written, a day in the Hijri (Umm al-Qura) or the Gregorian calendar in the orders people type them, amounts
 * with Eastern-Arabic digits and thousands separators, and the words people use for gender, marital status and a
 * household member's relation, in Arabic or English.
 */
public final class ImportValues {

    private ImportValues() {
    }

    /** A name's four parts; the family name may be blank (a name of one word), the middle ones too. */
    public record NameParts(String first, String father, String grandfather, String family) {
    }

    /** Words that join the word after them into one name part: عبد الله, أبو بكر, آل سعود. */
    private static final List<String> JOINING = List.of("عبد", "ابو", "أبو", "آل", "ال", "ابن", "bin", "abu", "abd", "al");
    /** Words that only link a name to the father's: they are left out. */
    private static final List<String> LINKS = List.of("بن", "بنت", "ابن", "bin", "bint", "ibn");

    /**
     * Splits a full name written in one cell: compound words (عبد الله, أبو بكر, عبد الرحمن) stay one part, "بن"/"بنت"
     * are left out; four parts or more: first, father, grandfather, and the rest the family name (آل سعود);
     * three: first, father, family; two: first and family; one: the first name only.
     */
    public static NameParts splitName(String full) {
        List<String> words = new ArrayList<>(List.of(full.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String plain = word.toLowerCase(Locale.ROOT);
            if (LINKS.contains(plain) && i > 0 && i < words.size() - 1) {
                continue;
            }
            if (JOINING.contains(plain) && i < words.size() - 1 && !LINKS.contains(plain)) {
                parts.add(word + " " + words.get(++i));
                continue;
            }
            parts.add(word);
        }
        return switch (parts.size()) {
            case 0 -> new NameParts("", "", "", "");
            case 1 -> new NameParts(parts.get(0), "", "", "");
            case 2 -> new NameParts(parts.get(0), "", "", parts.get(1));
            case 3 -> new NameParts(parts.get(0), parts.get(1), "", parts.get(2));
            default -> new NameParts(parts.get(0), parts.get(1), parts.get(2),
                    String.join(" ", parts.subList(3, parts.size())));
        };
    }

    /** A day and the calendar it was written in. */
    public record Day(LocalDate date, boolean hijri) {
    }

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[/\\-.](\\d{1,2})[/\\-.](\\d{4})");

    /**
     * A day as people write it: 1445/03/12, 12/03/1445, 1445-3-12 هـ in the Hijri calendar (a year before 1600), or
     * 2024-09-15, 15/09/2024 م in the Gregorian (the day before the month, as in Saudi Arabia), in any digits.
     * Empty when it is no day, or a Hijri day the Umm al-Qura calendar does not have (the 30th of a 29-day month).
     */
    public static Optional<Day> day(String text) {
        String plain = Digits.normalise(text).replaceAll("[هـمـ\\s]|AH|AD|H$", "").strip();
        int year;
        int month;
        int dayOfMonth;
        Matcher m = YEAR_FIRST.matcher(plain);
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            dayOfMonth = Integer.parseInt(m.group(3));
        } else if ((m = YEAR_LAST.matcher(plain)).matches()) {
            year = Integer.parseInt(m.group(3));
            month = Integer.parseInt(m.group(2));
            dayOfMonth = Integer.parseInt(m.group(1));
        } else {
            return Optional.empty();
        }
        if (year < 1600) {
            return HijriDates.toGregorian(year, month, dayOfMonth).map(d -> new Day(d, true));
        }
        try {
            return Optional.of(new Day(LocalDate.of(year, month, dayOfMonth), false));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** An amount: Eastern-Arabic digits, the Arabic decimal and thousands separators, a currency word; empty if none. */
    public static Optional<BigDecimal> amount(String text) {
        String plain = Digits.normalise(text).replace('٫', '.').replace("٬", "").replace(",", "")
                .replaceAll("(?i)ريال|ر\\.س|sar|sr", "").strip();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        // at most ten whole digits (what the files' and aid's columns hold), no exponent, no sign; a calculated
        // amount (a third of a sum) is rounded to the halala
        if (!plain.matches("\\d{1,10}(\\.\\d{1,12})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(value.scale() > 2 ? value.setScale(2, java.math.RoundingMode.HALF_UP) : value);
    }

    private static final Map<String, Gender> GENDERS = Map.of("ذكر", Gender.MALE, "male", Gender.MALE, "m", Gender.MALE,
            "انثي", Gender.FEMALE, "female", Gender.FEMALE, "f", Gender.FEMALE);

    public static Optional<Gender> gender(String text) {
        return Optional.ofNullable(GENDERS.get(word(text)));
    }

    private static final Map<String, MaritalStatus> MARITAL = Map.ofEntries(
            Map.entry("اعزب", MaritalStatus.SINGLE), Map.entry("عزباء", MaritalStatus.SINGLE),
            Map.entry("single", MaritalStatus.SINGLE), Map.entry("متزوج", MaritalStatus.MARRIED),
            Map.entry("متزوجه", MaritalStatus.MARRIED), Map.entry("married", MaritalStatus.MARRIED),
            Map.entry("مطلق", MaritalStatus.DIVORCED), Map.entry("مطلقه", MaritalStatus.DIVORCED),
            Map.entry("divorced", MaritalStatus.DIVORCED), Map.entry("ارمل", MaritalStatus.WIDOWED),
            Map.entry("ارمله", MaritalStatus.WIDOWED), Map.entry("widowed", MaritalStatus.WIDOWED),
            Map.entry("widow", MaritalStatus.WIDOWED));

    public static Optional<MaritalStatus> maritalStatus(String text) {
        return Optional.ofNullable(MARITAL.get(word(text)));
    }

    private static final Map<String, Relation> RELATIONS = Map.ofEntries(
            Map.entry("زوج", Relation.SPOUSE), Map.entry("زوجه", Relation.SPOUSE), Map.entry("spouse", Relation.SPOUSE),
            Map.entry("wife", Relation.SPOUSE), Map.entry("husband", Relation.SPOUSE),
            Map.entry("ابن", Relation.SON), Map.entry("son", Relation.SON), Map.entry("بنت", Relation.DAUGHTER),
            Map.entry("ابنه", Relation.DAUGHTER), Map.entry("daughter", Relation.DAUGHTER),
            Map.entry("اب", Relation.FATHER), Map.entry("والد", Relation.FATHER), Map.entry("father", Relation.FATHER),
            Map.entry("ام", Relation.MOTHER), Map.entry("والده", Relation.MOTHER), Map.entry("mother", Relation.MOTHER),
            Map.entry("اخ", Relation.BROTHER), Map.entry("brother", Relation.BROTHER), Map.entry("اخت", Relation.SISTER),
            Map.entry("sister", Relation.SISTER), Map.entry("حفيد", Relation.GRANDCHILD),
            Map.entry("حفيده", Relation.GRANDCHILD), Map.entry("grandchild", Relation.GRANDCHILD),
            Map.entry("اخرى", Relation.OTHER), Map.entry("اخري", Relation.OTHER), Map.entry("other", Relation.OTHER));

    public static Optional<Relation> relation(String text) {
        return Optional.ofNullable(RELATIONS.get(word(text)));
    }

    /** A word compared as people mean it: Arabic folded (hamza forms, ة/ه, ى/ي, diacritics), Latin in lower case. */
    public static String word(String text) {
        return ArabicText.normalise(text == null ? "" : text.strip()).toLowerCase(Locale.ROOT);
    }
}

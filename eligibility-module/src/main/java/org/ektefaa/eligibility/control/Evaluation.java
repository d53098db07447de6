package org.ektefaa.eligibility.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Outcome;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.entity.Criterion;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.eligibility.entity.VisitStatus;

/**
 * A file's facts against a rule set's criteria, each answered MET, NOT_MET or UNKNOWN with the value read and the
 * rule's limit (the page puts them in words: {@code criterion.<kind>.<status>}). Pure: no database, no clock but the
 * day given. What is not on the file, or not verified yet, is UNKNOWN — a person must look — never NOT_MET.
 */
public final class Evaluation {

    public static final String MET = "MET";
    public static final String NOT_MET = "NOT_MET";
    public static final String UNKNOWN = "UNKNOWN";
    /** The document kind that shows a health condition when no member is marked with a disability. */
    static final String MEDICAL_REPORT = "MEDICAL_REPORT";

    private Evaluation() {
    }

    public static List<Standing.Line> evaluate(HouseholdFacts facts, List<Criterion> criteria, LocalDate today) {
        List<Standing.Line> lines = new ArrayList<>();
        for (Criterion c : criteria) {
            lines.add(evaluate(facts, c, today));
        }
        return lines;
    }

    /**
     * The home visit as a line among the criteria (issue #26), or none when the file has no visit: VISIT_DUE (not known
     * yet, so the file needs review, with the due date as its limit) while a visit is assigned; once signed,
     * VISIT_ and the researcher's recommendation (SUPPORT, DO_NOT_SUPPORT, REVIEW), with how many points checked were
     * not confirmed ({@code seen}) of how many checked ({@code limit}). MET only when the researcher checked something,
     * confirmed all of it and recommends support; otherwise UNKNOWN — a researcher's doubt sends the file to a person,
     * never to a refusal by itself. A cancelled visit is no line.
     */
    public static java.util.Optional<Standing.Line> visit(Visit visit) {
        if (visit == null || visit.getStatus() == VisitStatus.CANCELLED) {
            return java.util.Optional.empty();
        }
        if (visit.getStatus() == VisitStatus.ASSIGNED) {
            return java.util.Optional.of(new Standing.Line("VISIT_DUE", UNKNOWN, null, visit.getDueOn().toString(), 0, 0));
        }
        int doubted = visit.notConfirmed().size();
        int checked = visit.getFindings().size();
        boolean supports = visit.getRecommendation() == org.ektefaa.eligibility.entity.Recommendation.SUPPORT;
        return java.util.Optional.of(new Standing.Line("VISIT_" + visit.getRecommendation().name(),
                doubted == 0 && checked > 0 && supports ? MET : UNKNOWN, String.valueOf(doubted), String.valueOf(checked), 0, 0));
    }

    /** What the researcher answers about a criterion by: its kind, and the document it names for a required document. */
    public static String findingKey(Standing.Line criterion) {
        return "DOCUMENT_REQUIRED".equals(criterion.code()) && criterion.limit() != null
                ? criterion.code() + ":" + criterion.limit() : criterion.code();
    }

    /**
     * The outcome of the rules' lines and the visit's: needs review when no rule applies at all (a visit alone never
     * makes a file eligible), else as {@link #outcome(List)} over both.
     */
    public static Outcome outcome(List<Standing.Line> rules, java.util.Optional<Standing.Line> visit) {
        if (rules.isEmpty()) {
            return Outcome.NEEDS_REVIEW;
        }
        List<Standing.Line> all = new ArrayList<>(rules);
        visit.ifPresent(all::add);
        return outcome(all);
    }

    /** NOT_ELIGIBLE when a criterion is not met; NEEDS_REVIEW when one is not known or there is no rule at all. */
    public static Outcome outcome(List<Standing.Line> results) {
        if (results.stream().anyMatch(l -> NOT_MET.equals(l.status()))) {
            return Outcome.NOT_ELIGIBLE;
        }
        if (results.isEmpty() || results.stream().anyMatch(l -> UNKNOWN.equals(l.status()))) {
            return Outcome.NEEDS_REVIEW;
        }
        return Outcome.ELIGIBLE;
    }

    static Standing.Line evaluate(HouseholdFacts facts, Criterion c, LocalDate today) {
        String code = c.getKind().name();
        return switch (c.getKind()) {
            case INCOME_PER_MEMBER_MAX -> {
                // compared unrounded (the household's income against the limit times its size): 4,500.01 riyals for
                // three is over a limit of 1,500 even though it shows as 1,500 a member
                boolean within = facts.monthlyIncome()
                        .compareTo(c.getAmount().multiply(BigDecimal.valueOf(facts.householdSize()))) <= 0;
                yield line(code, !facts.incomeVerified() ? UNKNOWN : met(within), plain(perMember(facts)),
                        plain(c.getAmount()));
            }
            case AID_ELSEWHERE_MAX -> line(code,
                    !facts.incomeVerified() ? UNKNOWN : met(facts.aidElsewhere().compareTo(c.getAmount()) <= 0),
                    plain(facts.aidElsewhere()), plain(c.getAmount()));
            case HOUSEHOLD_MIN_MEMBERS -> line(code, met(facts.householdSize() >= c.getLow()),
                    String.valueOf(facts.householdSize()), String.valueOf(c.getLow()));
            case CITY_IN -> {
                String city = facts.city() == null ? "" : facts.city().strip();
                String status = city.isEmpty() ? UNKNOWN
                        : met(c.codeList().stream().anyMatch(served -> sameCity(served, city)));
                yield line(code, status, city.isEmpty() ? null : city, c.getCodes());
            }
            case DOCUMENT_REQUIRED -> line(code,
                    c.codeList().stream().anyMatch(facts.documents()::contains) ? MET : UNKNOWN, null,
                    c.codeList().get(0));
            case AGE_BETWEEN -> {
                if (facts.birthDate() == null) {
                    yield line(code, UNKNOWN, null, ageLimit(c));
                }
                int age = Period.between(facts.birthDate(), today).getYears();
                yield line(code, met(age >= c.getLow() && (c.getHigh() == null || age <= c.getHigh())),
                        String.valueOf(age), ageLimit(c));
            }
            case CONDITION_PRESENT -> {
                // not recorded is not known yet (the applicant's own condition may be on a report still to come)
                long members = facts.members().stream().filter(HouseholdFacts.Member::disability).count();
                boolean report = facts.documents().contains(MEDICAL_REPORT);
                yield line(code, members > 0 || report ? MET : UNKNOWN, String.valueOf(members), null);
            }
        };
    }

    /** The household's monthly income per person, to the halala. */
    static BigDecimal perMember(HouseholdFacts facts) {
        return facts.monthlyIncome().divide(BigDecimal.valueOf(facts.householdSize()), 2, RoundingMode.HALF_UP);
    }

    private static String ageLimit(Criterion c) {
        return c.getHigh() == null ? c.getLow() + "+" : c.getLow() + "–" + c.getHigh();
    }

    /**
     * Whether the file's city is the served one, written as people write it: case, spaces, hyphens, the article and
     * hamza forms aside, and a district written after it ("الرياض - حي النسيم") allowed.
     */
    static boolean sameCity(String served, String city) {
        String key = cityKey(served);
        return !key.isEmpty() && cityKey(city).startsWith(key);
    }

    private static String cityKey(String city) {
        String s = city.strip().toLowerCase(Locale.ROOT).replaceAll("[أإآ]", "ا").replace('ة', 'ه').replace('ى', 'ي');
        s = s.startsWith("ال") ? s.substring(2) : s.startsWith("al-") || s.startsWith("al ") ? s.substring(3) : s;
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String met(boolean met) {
        return met ? MET : NOT_MET;
    }

    private static Standing.Line line(String code, String status, String seen, String limit) {
        return new Standing.Line(code, status, seen, limit, 0, 0);
    }

    /** An amount as the page shows it: no trailing zeros, no grouping (the page formats). */
    static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

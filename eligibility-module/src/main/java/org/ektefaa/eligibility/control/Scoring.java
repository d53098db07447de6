package org.ektefaa.eligibility.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.entity.Factor;
import org.ektefaa.eligibility.entity.HousingCondition;
import org.ektefaa.eligibility.entity.ScoreModel;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.eligibility.entity.VisitStatus;

/**
 * The need score from 0 to 100 ({@link Factor}): each factor gives a share from 0 to 1 of its weight, rounded to whole
 * points, and the score is the sum of the points — so the breakdown shown always adds up to the score. Pure.
 */
public final class Scoring {

    /** A score and its breakdown, one line per factor (status KNOWN or UNKNOWN). */
    public record Score(int total, String band, List<Standing.Line> factors) {
    }

    static final String KNOWN = "KNOWN";
    static final String UNKNOWN = "UNKNOWN";

    private Scoring() {
    }

    /**
     * @param visit the file's latest home visit, or null: a signed one gives the monthly debt repayments (not known
     *              until then) and the state of the home
     */
    public static Score score(HouseholdFacts facts, ScoreModel model, Visit visit, LocalDate today) {
        List<Standing.Line> lines = new ArrayList<>();
        int total = 0;
        Visit done = visit != null && visit.getStatus() == VisitStatus.DONE ? visit : null;
        for (Map.Entry<Factor, Integer> weight : model.weights().entrySet()) {
            Standing.Line line = factor(weight.getKey(), weight.getValue(), facts, model, done, today);
            total += line.points();
            lines.add(line);
        }
        return new Score(total, model.band(total), lines);
    }

    private static Standing.Line factor(Factor factor, int weight, HouseholdFacts facts, ScoreModel model,
                                        Visit visit, LocalDate today) {
        BigDecimal income = facts.monthlyIncome();
        return switch (factor) {
            case INCOME_GAP -> {
                BigDecimal perMember = Evaluation.perMember(facts);
                double gap = model.getIncomeLine().subtract(perMember)
                        .divide(model.getIncomeLine(), 6, RoundingMode.HALF_UP).doubleValue();
                yield line(factor, KNOWN, Evaluation.plain(perMember), Evaluation.plain(model.getIncomeLine()), gap, weight);
            }
            case DEPENDANTS -> {
                long dependants = facts.members().stream().filter(m -> m.disability() || isDependantAge(m, today)).count()
                        + (facts.birthDate() != null && Period.between(facts.birthDate(), today).getYears() >= 60 ? 1 : 0);
                yield line(factor, KNOWN, String.valueOf(dependants), "4", dependants / 4.0, weight);
            }
            case HOUSING -> {
                HousingCondition found = visit == null ? null : visit.getHousingCondition();
                if (facts.housing() == null && found == null) {
                    yield line(factor, UNKNOWN, null, null, 0, weight);
                }
                BigDecimal rent = facts.monthlyRent() == null ? BigDecimal.ZERO : facts.monthlyRent();
                double share = facts.housing() == null ? -1 : switch (facts.housing()) {
                    case "OWNED" -> 0;
                    case "CHARITY_HOUSING" -> 0.25;
                    case "RENTED" -> 0.5 + 0.5 * (income.signum() == 0 ? 1
                            : Math.min(1, rent.divide(income, 6, RoundingMode.HALF_UP).doubleValue()));
                    default -> 0.5;
                };
                // the state of the home the researcher saw weighs when it weighs more than the kind of tenure
                if (found != null && found.share() > share) {
                    yield line(factor, KNOWN, "VISIT_" + found.name(), null, found.share(), weight);
                }
                yield line(factor, KNOWN, facts.housing(), "RENTED".equals(facts.housing()) ? Evaluation.plain(rent) : null,
                        share, weight);
            }
            case HEALTH -> {
                // a member's disability and the medical report that shows it are one condition, not two
                long conditions = Math.max(facts.members().stream().filter(HouseholdFacts.Member::disability).count(),
                        facts.documents().contains(Evaluation.MEDICAL_REPORT) ? 1 : 0);
                yield line(factor, KNOWN, String.valueOf(conditions), "2", conditions / 2.0, weight);
            }
            case DEBTS -> {
                BigDecimal debts = visit == null ? null : visit.getMonthlyDebts();
                if (debts == null) {
                    yield line(factor, UNKNOWN, null, null, 0, weight);
                }
                double share = income.signum() == 0 ? (debts.signum() > 0 ? 1 : 0)
                        : debts.divide(income.multiply(new BigDecimal("0.5")), 6, RoundingMode.HALF_UP).doubleValue();
                yield line(factor, KNOWN, Evaluation.plain(debts), Evaluation.plain(income), share, weight);
            }
        };
    }

    /** Under 18 or 60 and over; a member without a birth date counts when marked a child or at school. */
    private static boolean isDependantAge(HouseholdFacts.Member m, LocalDate today) {
        if (m.birthDate() == null) {
            return "CHILD".equals(m.occupation()) || "SCHOOL".equals(m.occupation());
        }
        int age = Period.between(m.birthDate(), today).getYears();
        return age < 18 || age >= 60;
    }

    private static Standing.Line line(Factor factor, String status, String seen, String limit, double share, int weight) {
        double clamped = Math.max(0, Math.min(1, share));
        int points = (int) Math.round(clamped * weight);
        return new Standing.Line(factor.name(), status, seen, limit, points, weight);
    }
}

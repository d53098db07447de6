package org.ektefaa.aid.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.ZakatCategory;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The funds' rules over the module's own tables (issue #27), for the boundaries and the module's tests alike: which
 * fund may pay for which household, a fund's budgets that never overlap, the categories zakat may reach.
 */
public final class FundBook {

    private final EntityManager em;

    public FundBook(EntityManager em) {
        this.em = em;
    }

    /**
     * Refuses paying a household of {@code categoryCode} from {@code fundCode} when the law or the association says no:
     * a fund withdrawn, or a zakat fund for a category not marked zakat-eligible (a law, not a judgement: no reason
     * lets it through).
     */
    public void checkMayServe(String fundCode, String categoryCode) {
        Fund fund = fundCode == null ? null : em.find(Fund.class, fundCode);
        Optional<String> refusal = refusal(fund, categoryCode, categoryCode == null ? Set.of()
                : em.find(ZakatCategory.class, categoryCode) == null ? Set.of() : Set.of(categoryCode));
        if (refusal.isPresent()) {
            throw new RuleViolation(refusal.get(), fund == null ? fundCode : fund.getCode());
        }
    }

    /**
     * Why {@code fund} may not pay for a household of {@code categoryCode} (the message key, its argument the fund's
     * code), given the categories marked zakat-eligible; empty when it may.
     */
    public static Optional<String> refusal(Fund fund, String categoryCode, Set<String> zakatCategories) {
        if (fund == null || !fund.isActive()) {
            return Optional.of("fund.error.unavailable");
        }
        if (fund.getKind() == Fund.Kind.ZAKAT && (categoryCode == null || !zakatCategories.contains(categoryCode))) {
            return Optional.of("fund.error.zakatCategory");
        }
        return Optional.empty();
    }

    /**
     * What is promised from the fund between two days inclusive: the riyals of its instalments still due then (those
     * of a programme that does not know a unit's cost count nothing).
     */
    public BigDecimal committed(String fundCode, LocalDate first, LocalDate last) {
        // still due, or sent to the bank and not yet confirmed
        BigDecimal sum = em.createQuery("select sum(i.amount) from Instalment i where i.fundCode = :f"
                        + " and i.status in :due and i.dueOn between :first and :last", BigDecimal.class)
                .setParameter("f", fundCode).setParameter("due", List.of(org.ektefaa.aid.entity.Instalment.Status.DUE,
                        org.ektefaa.aid.entity.Instalment.Status.SENT))
                .setParameter("first", first).setParameter("last", last).getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    /** What is left of the fund's budget for the period holding {@code day}, after what is promised; empty: no budget. */
    public Optional<BigDecimal> left(String fundCode, LocalDate day) {
        return budgetOn(fundCode, day).map(b -> b.getAmount().subtract(committed(fundCode, b.getStart(), b.getEnd())));
    }

    /**
     * A fund's or a programme's code as typed: trimmed and in capitals, 2 to 40 letters, digits or underscores from a
     * letter; else refused with {@code errorKey}.
     */
    public static String code(String typed, String errorKey) {
        String key = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new RuleViolation(errorKey);
        }
        return key;
    }

    /** A name in both languages, each trimmed (both required: {@code list.error.names}). */
    public static org.ektefaa.platform.api.LocalizedName name(String arabic, String english) {
        return new org.ektefaa.platform.api.LocalizedName(arabic == null ? null : arabic.strip(),
                english == null ? null : english.strip());
    }

    /** The categories marked zakat-eligible, by code. */
    public Set<String> zakatCategories() {
        return new TreeSet<>(em.createQuery("select z.categoryCode from ZakatCategory z", String.class).getResultList());
    }

    /**
     * Marks exactly {@code eligible} zakat-eligible: new ones with who and when, the others removed.
     *
     * @return the codes whose marking changed (added or removed), for the audit trail
     */
    public Set<String> markZakat(Set<String> eligible, String by, Instant at) {
        Set<String> changed = new TreeSet<>();
        for (ZakatCategory marked : em.createQuery("select z from ZakatCategory z", ZakatCategory.class).getResultList()) {
            if (!eligible.contains(marked.getCategoryCode())) {
                em.remove(marked);
                changed.add(marked.getCategoryCode());
            }
        }
        for (String code : eligible) {
            if (em.find(ZakatCategory.class, code) == null) {
                em.persist(new ZakatCategory(code, by, at));
                changed.add(code);
            }
        }
        return changed;
    }

    /**
     * Sets the fund's budget for the period beginning on {@code start}: a new one, or the same period's amount changed
     * (with the version the user saw); a period overlapping another of the fund's is refused.
     */
    public Budget setBudget(String fundCode, Budget.Period period, LocalDate start, BigDecimal amount,
                            Long expectedVersion, String by, Instant at) {
        // one save of a fund's budgets at a time: two administrators setting overlapping periods at once cannot both
        // pass the overlap check
        if (fundCode == null || em.find(Fund.class, fundCode, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new RuleViolation("fund.error.unavailable", fundCode);
        }
        Optional<Budget> same = budgets(fundCode).stream()
                .filter(b -> b.getPeriod() == period && b.getStart().equals(start)).findFirst();
        if (same.isPresent()) {
            if (expectedVersion == null) {
                throw new RuleViolation("budget.error.exists");
            }
            Budget budget = org.ektefaa.platform.api.Versioned.asSeen(same.get(), expectedVersion);
            budget.set(amount, by, at);
            return budget;
        }
        Budget budget = new Budget(fundCode, period, start, amount, by, at);
        if (budgets(fundCode).stream().anyMatch(b -> b.overlaps(budget.getStart(), budget.getEnd()))) {
            throw new RuleViolation("budget.error.overlap");
        }
        em.persist(budget);
        em.flush(); // its version as stored, for the page to send back
        return budget;
    }

    /** The fund's budgets, the latest period first. */
    public List<Budget> budgets(String fundCode) {
        return em.createQuery("select b from Budget b where b.fundCode = :f order by b.start desc", Budget.class)
                .setParameter("f", fundCode).getResultList();
    }

    /** The budget whose period holds {@code day}, if the fund has one. */
    public Optional<Budget> budgetOn(String fundCode, LocalDate day) {
        return budgets(fundCode).stream().filter(b -> b.covers(day)).findFirst();
    }
}

package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ektefaa.aid.control.FundBook;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.Versioned;

/**
 * The funds, their budgets and the categories zakat may reach (issue #27), kept by administrators (the finance
 * officer's role is to come); the executive reads them to choose the fund a decision is paid from. Every change is
 * audited.
 */
@ApplicationScoped
@Transactional
public class Funds {

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public List<Fund> all() {
        return em.createQuery("select f from Fund f order by f.code", Fund.class).getResultList();
    }

    /** The funds as administrators keep them (their page is theirs: the executive reads funds where deciding). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Fund> kept() {
        return all();
    }

    /** Creates a fund ({@code expectedVersion} null) or changes one as the user saw it; a fund's kind stays. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Fund save(String code, Long expectedVersion, String nameAr, String nameEn, boolean active, Fund.Kind kind,
                     String donor, String purpose) {
        String key = FundBook.code(code, "fund.error.code");
        LocalizedName name = FundBook.name(nameAr, nameEn);
        Fund fund = em.find(Fund.class, key);
        if (fund == null) {
            fund = new Fund(key, name, kind, donor, purpose);
            em.persist(fund);
        } else if (expectedVersion == null) {
            throw new RuleViolation("fund.error.exists", key);
        } else {
            Versioned.asSeen(fund, expectedVersion);
            fund.change(name, active);
            fund.describe(donor, purpose);
        }
        em.flush();
        audited.fire(new Audited(caller.name(), "FUND_SAVED", "Fund", key, "kind=" + fund.getKind()
                + " active=" + fund.isActive()));
        return fund;
    }

    /** The fund's budgets, the latest period first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public List<Budget> budgets(String fundCode) {
        return new FundBook(em).budgets(fundCode);
    }

    /** The budget of the fund's period holding {@code day}, if any. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public Optional<Budget> budgetOn(String fundCode, LocalDate day) {
        return new FundBook(em).budgetOn(fundCode, day);
    }

    /** What is promised from the fund within a budget's period: its instalments still due then, in riyals. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public BigDecimal committed(Budget budget) {
        return new FundBook(em).committed(budget.getFundCode(), budget.getStart(), budget.getEnd());
    }

    /** Sets a fund's budget for a month or a quarter (see {@link FundBook#setBudget}); audited. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Budget setBudget(String fundCode, Budget.Period period, LocalDate start, BigDecimal amount,
                            Long expectedVersion) {
        Budget budget = new FundBook(em).setBudget(fundCode, period, start, amount, expectedVersion, caller.name(),
                clock.instant());
        em.flush();
        audited.fire(new Audited(caller.name(), "BUDGET_SET", "Fund", fundCode,
                period + " " + start + " " + budget.getAmount().toPlainString()));
        return budget;
    }

    /** The beneficiary categories marked zakat-eligible. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public Set<String> zakatCategories() {
        return new FundBook(em).zakatCategories();
    }

    /**
     * Marks exactly {@code eligible} zakat-eligible, if the marking is still the {@code seen} one the page showed (else
     * {@link jakarta.persistence.OptimisticLockException}: another administrator changed it meanwhile). Each code is a
     * category in use, or one already marked (a withdrawn category keeps its marking until unmarked). Audited.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void markZakat(Set<String> seen, Set<String> eligible) {
        Set<String> stored = new FundBook(em).zakatCategories();
        if (!stored.equals(new java.util.TreeSet<>(seen))) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        Set<String> known = files.categoryNames(Locale.ENGLISH).keySet();
        for (String code : eligible) {
            if (!known.contains(code) && !stored.contains(code)) {
                throw new RuleViolation("zakat.error.category", code);
            }
        }
        Set<String> changed = new FundBook(em).markZakat(eligible, caller.name(), clock.instant());
        if (!changed.isEmpty()) {
            audited.fire(new Audited(caller.name(), "ZAKAT_CATEGORIES", "Fund", "ZAKAT",
                    "eligible=" + new java.util.TreeSet<>(eligible) + " changed=" + changed));
        }
    }

    /** Refuses a fund that may not pay for a household of {@code categoryCode} (see {@link FundBook#checkMayServe}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public void checkMayServe(String fundCode, String categoryCode) {
        new FundBook(em).checkMayServe(fundCode, categoryCode);
    }
}

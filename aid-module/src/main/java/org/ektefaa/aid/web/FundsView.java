package org.ektefaa.aid.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.aid.boundary.Funds;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * {@code /aid/funds.xhtml} (issue #27). Who opens it: an administrator (the finance officer, once the role exists) at
 * the start of a month or a quarter. What they must decide: which funds the association keeps apart, how much each may
 * spend this period, and which beneficiary categories zakat may reach. In front of them: one row per fund with its
 * kind (and for a restricted grant, whose and what for) and this period's budget; the fund's budgets; the categories
 * with their zakat marking.
 */
@Named
@ViewScoped
public class FundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    @Inject
    Funds funds;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    @Inject
    java.time.Clock clock;

    private List<Fund> all;
    private final Map<String, Budget> current = new HashMap<>();

    @Inject
    org.ektefaa.aid.boundary.LedgerCheck ledgerCheck;

    /** What the ledger's last check found (issue #27). */
    private org.ektefaa.aid.entity.LedgerHead ledger;
    /** What is promised from each fund with a budget this period (issue #27: the instalments still due in it). */
    private final Map<String, java.math.BigDecimal> committed = new HashMap<>();
    private Map<String, String> categories;
    private List<String> zakat;
    /** The marking as the page showed it (saved only if nobody changed it meanwhile). */
    private java.util.Set<String> zakatSeen;

    // the fund being written
    private String code;
    private Long version;
    private String nameAr;
    private String nameEn;
    private boolean active = true;
    private Fund.Kind kind = Fund.Kind.GENERAL;
    private String donor;
    private String purpose;

    // the budget being set
    private String budgetFund;
    private Budget.Period period = Budget.Period.MONTH;
    private int year;
    private int month;
    private BigDecimal amount;
    /** The version of the budget opened to change its amount; null for a new period. */
    private Long budgetVersion;
    private List<Budget> budgets = List.of();

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        all = funds.kept();
        current.clear();
        all.forEach(f -> funds.budgetOn(f.getCode(), today).ifPresent(b -> current.put(f.getCode(), b)));
        ledger = ledgerCheck.last();
        committed.clear();
        current.values().forEach(b -> committed.put(b.getFundCode(), funds.committed(b)));
        categories = new java.util.LinkedHashMap<>(files.categoryNames(locale()));
        zakatSeen = new java.util.TreeSet<>(funds.zakatCategories());
        zakat = new ArrayList<>(zakatSeen);
        // a withdrawn category keeps its marking: shown, so that saving does not unmark it unseen
        zakatSeen.stream().filter(code -> !categories.containsKey(code))
                .forEach(code -> categories.put(code, notices.text("aid", "zakat.withdrawn", code)));
        if (year == 0) {
            year = today.getYear();
            month = today.getMonthValue();
        }
        if (budgetFund != null) {
            budgets = funds.budgets(budgetFund);
        }
    }

    public void startNew() {
        code = null;
        version = null;
        nameAr = null;
        nameEn = null;
        active = true;
        kind = Fund.Kind.GENERAL;
        donor = null;
        purpose = null;
    }

    public void edit(Fund fund) {
        code = fund.getCode();
        version = fund.getVersion();
        nameAr = fund.getName().getAr();
        nameEn = fund.getName().getEn();
        active = fund.isActive();
        kind = fund.getKind();
        donor = fund.getDonor();
        purpose = fund.getPurpose();
        budgetFund = fund.getCode();
        budgets = funds.budgets(budgetFund);
    }

    public void save() {
        try {
            Fund saved = funds.save(code, version, nameAr, nameEn, active, kind, donor, purpose);
            code = saved.getCode();
            version = saved.getVersion();
            notices.info("aid", "fund.saved", saved.name(locale()));
            load();
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void setBudget() {
        try {
            LocalDate start = LocalDate.of(year, Math.max(1, Math.min(12, month)), 1);
            funds.setBudget(budgetFund, period, start, amount, budgetVersion);
            notices.info("aid", "budget.saved");
            amount = null;
            budgetVersion = null;
            load();
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (jakarta.persistence.PersistenceException
                 | jakarta.transaction.TransactionalException concurrent) {
            notices.editedMeanwhile();
        } catch (java.time.DateTimeException badYear) {
            notices.error("aid", "budget.error.start");
        }
    }

    /** Opens a period's budget to change its amount, with the version seen. */
    public void editBudget(Budget budget) {
        budgetFund = budget.getFundCode();
        period = budget.getPeriod();
        year = budget.getStart().getYear();
        month = budget.getStart().getMonthValue();
        amount = budget.getAmount();
        budgetVersion = budget.getVersion();
    }

    /** A new period for the chosen fund (not a change of one listed). */
    public void newBudget() {
        budgetVersion = null;
        amount = null;
    }

    public boolean isEditingBudget() {
        return budgetVersion != null;
    }

    public void saveZakat() {
        try {
            funds.markZakat(zakatSeen, new java.util.TreeSet<>(zakat));
            notices.info("aid", "zakat.saved");
            load();
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    public void showBudgets() {
        budgets = budgetFund == null ? List.of() : funds.budgets(budgetFund);
        budgetVersion = null;
    }

    /** Reads the ledger's chain now (it is read every night too). */
    public void checkLedger() {
        org.ektefaa.aid.control.Ledger.Found found = ledgerCheck.check();
        if (found.intact()) {
            notices.info("aid", "ledger.intact", found.rows());
        } else {
            notices.error("aid", "ledger.broken", found.brokenAt());
        }
        ledger = ledgerCheck.last();
    }

    public org.ektefaa.aid.entity.LedgerHead getLedger() {
        return ledger;
    }

    /** What is promised from the fund this period (null: no budget this period). */
    public java.math.BigDecimal committed(Fund fund) {
        return committed.get(fund.getCode());
    }

    /** What is left of its budget this period after what is promised (negative: promised beyond it). */
    public java.math.BigDecimal left(Fund fund) {
        Budget budget = current.get(fund.getCode());
        return budget == null ? null : budget.getAmount().subtract(committed.get(fund.getCode()));
    }

    public Budget currentBudget(Fund fund) {
        return current.get(fund.getCode());
    }

    public List<Fund> getAll() {
        return all;
    }

    public Fund.Kind[] getKinds() {
        return Fund.Kind.values();
    }

    public Budget.Period[] getPeriods() {
        return Budget.Period.values();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now - 1, now, now + 1);
    }

    public List<Integer> getMonths() {
        return java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList();
    }

    /** A month's name in the page's language (the budget's period is chosen by its first month). */
    public String monthName(int m) {
        return java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL,
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    public List<String> getZakat() {
        return zakat;
    }

    public void setZakat(List<String> zakat) {
        this.zakat = zakat;
    }

    public boolean isEditing() {
        return version != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Fund.Kind getKind() {
        return kind;
    }

    public void setKind(Fund.Kind kind) {
        this.kind = kind;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getBudgetFund() {
        return budgetFund;
    }

    public void setBudgetFund(String budgetFund) {
        this.budgetFund = budgetFund;
    }

    public Budget.Period getPeriod() {
        return period;
    }

    public void setPeriod(Budget.Period period) {
        this.period = period;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public List<Budget> getBudgets() {
        return budgets;
    }
}

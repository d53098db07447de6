package org.ektefaa.aid.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import static org.ektefaa.testing.Refusals.refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #27, the funds' rules over the module's own tables (H2 in MariaDB mode, its own migrations): zakat reaches
 * only the categories marked zakat-eligible, with no way around it; a restricted grant says whose and what for; a
 * fund's budgets never overlap, and the same period set again changes its amount only as the user saw it.
 */
class FundBookTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("aid", "aid", "funds");
    }

    @AfterAll
    static void close() {
        database.close();
    }


    @Test
    void zakatReachesOnlyTheCategoriesMarkedZakatEligible() {
        // the migration's two funds: a zakat fund and general donations
        database.inTransaction(em -> {
            FundBook book = new FundBook(em);
            assertThat(refusal(() -> book.checkMayServe("ZAKAT", "WIDOWS")).messageKey())
                    .isEqualTo("fund.error.zakatCategory");
            book.checkMayServe("GENERAL", "WIDOWS"); // general donations serve any category
            assertThat(book.markZakat(Set.of("WIDOWS", "ORPHANS"), "admin1", AT)).containsExactly("ORPHANS", "WIDOWS");
        });
        database.inTransaction(em -> {
            FundBook book = new FundBook(em);
            book.checkMayServe("ZAKAT", "WIDOWS");
            assertThat(refusal(() -> book.checkMayServe("ZAKAT", "DISABILITY")).messageKey())
                    .isEqualTo("fund.error.zakatCategory");
            assertThat(refusal(() -> book.checkMayServe("ZAKAT", null)).messageKey()).as("a file with no category")
                    .isEqualTo("fund.error.zakatCategory");
            assertThat(refusal(() -> book.checkMayServe("NO_SUCH", "WIDOWS")).messageKey())
                    .isEqualTo("fund.error.unavailable");
            // unmarked again: zakat no longer reaches orphans
            assertThat(book.markZakat(Set.of("WIDOWS"), "admin2", AT)).containsExactly("ORPHANS");
        });
        database.inTransaction(em -> {
            FundBook book = new FundBook(em);
            assertThat(book.zakatCategories()).containsExactly("WIDOWS");
            assertThat(refusal(() -> book.checkMayServe("ZAKAT", "ORPHANS")).messageKey())
                    .isEqualTo("fund.error.zakatCategory");
        });
    }

    @Test
    void aRestrictedGrantSaysWhoseAndWhatFor() {
        assertThat(refusal(() -> new Fund("GRANT_A", new LocalizedName("منحة", "Grant"), Fund.Kind.RESTRICTED, "Donor",
                " ")).messageKey()).isEqualTo("fund.error.restricted");
        Fund grant = new Fund("GRANT_A", new LocalizedName("منحة", "Grant"), Fund.Kind.RESTRICTED,
                " مؤسسة الخير ", "rent for widows");
        assertThat(grant.getDonor()).isEqualTo("مؤسسة الخير");
        Fund general = new Fund("GIFTS", new LocalizedName("هبات", "Gifts"), Fund.Kind.GENERAL, "someone", "something");
        assertThat(general.getDonor()).as("only a restricted grant keeps a donor").isNull();
        database.inTransaction(em -> em.persist(grant));
        database.inTransaction(em -> {
            Fund withdrawn = em.find(Fund.class, "GRANT_A");
            withdrawn.change(withdrawn.getName(), false);
        });
        database.inTransaction(em -> assertThat(refusal(() -> new FundBook(em).checkMayServe("GRANT_A", "WIDOWS"))
                .messageKey()).as("a fund no longer in use").isEqualTo("fund.error.unavailable"));
    }

    @Test
    void aFundsBudgetsNeverOverlapAndChangeOnlyAsSeen() {
        LocalDate january = LocalDate.of(2027, 1, 1);
        long[] version = new long[1];
        database.inTransaction(em -> version[0] = new FundBook(em).setBudget("GENERAL", Budget.Period.QUARTER, january,
                new BigDecimal("150000"), null, "admin1", AT).getVersion());
        database.inTransaction(em -> {
            FundBook book = new FundBook(em);
            assertThat(refusal(() -> book.setBudget("GENERAL", Budget.Period.MONTH, LocalDate.of(2027, 2, 1),
                    BigDecimal.TEN, null, "admin1", AT)).messageKey()).as("February inside the budgeted quarter")
                    .isEqualTo("budget.error.overlap");
            assertThat(refusal(() -> book.setBudget("GENERAL", Budget.Period.QUARTER, LocalDate.of(2027, 2, 1),
                    BigDecimal.TEN, null, "admin1", AT)).messageKey()).as("a quarter begins in Jan, Apr, Jul or Oct")
                    .isEqualTo("budget.error.start");
            assertThat(refusal(() -> book.setBudget("GENERAL", Budget.Period.QUARTER, january, BigDecimal.TEN, null,
                    "admin1", AT)).messageKey()).as("the same period again, not opened").isEqualTo("budget.error.exists");
            assertThat(refusal(() -> book.setBudget("GENERAL", Budget.Period.MONTH, LocalDate.of(2027, 4, 1),
                    new BigDecimal("-1"), null, "admin1", AT)).messageKey()).isEqualTo("budget.error.amount");
            assertThat(refusal(() -> book.setBudget("GENERAL", Budget.Period.MONTH, LocalDate.of(2027, 4, 1),
                    new BigDecimal("10.005"), null, "admin1", AT)).messageKey()).isEqualTo("budget.error.amount");
            book.setBudget("GENERAL", Budget.Period.MONTH, LocalDate.of(2027, 4, 1), new BigDecimal("40000.50"), null,
                    "admin1", AT);
        });
        assertThatThrownBy(() -> database.inTransaction(em -> new FundBook(em).setBudget("GENERAL",
                Budget.Period.QUARTER, january, new BigDecimal("160000"), version[0] + 7, "admin2", AT)))
                .as("someone changed it meanwhile").isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        database.inTransaction(em -> new FundBook(em).setBudget("GENERAL", Budget.Period.QUARTER, january,
                new BigDecimal("160000"), version[0], "admin2", AT));
        database.inTransaction(em -> {
            FundBook book = new FundBook(em);
            assertThat(book.budgetOn("GENERAL", LocalDate.of(2027, 3, 31))).hasValueSatisfying(b -> {
                assertThat(b.getAmount()).isEqualByComparingTo("160000");
                assertThat(b.getSetBy()).isEqualTo("admin2");
                assertThat(b.getEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
            });
            assertThat(book.budgetOn("GENERAL", LocalDate.of(2027, 4, 30)).orElseThrow().getAmount())
                    .isEqualByComparingTo("40000.50");
            assertThat(book.budgetOn("GENERAL", LocalDate.of(2027, 5, 1))).isEmpty();
            assertThat(book.budgets("GENERAL")).extracting(Budget::getStart)
                    .containsExactly(LocalDate.of(2027, 4, 1), january);
        });
    }

    @Test
    void aProgrammeDeliversAServiceFromAtLeastOneFund() {
        Programme baskets = new Programme("FOOD_MONTHLY", new LocalizedName("سلة غذائية شهرية", "Monthly food basket"));
        assertThat(refusal(() -> baskets.deliver(new Programme.Terms("FOOD_BASKET", Programme.Unit.BASKET,
                Programme.Schedule.MONTHLY, 6, null, null, Set.of()))).messageKey()).isEqualTo("programme.error.funds");
        assertThat(refusal(() -> baskets.deliver(new Programme.Terms("FOOD_BASKET", Programme.Unit.BASKET,
                Programme.Schedule.MONTHLY, 0, null, null, Set.of("ZAKAT")))).messageKey())
                .isEqualTo("programme.error.instalments");
        assertThat(refusal(() -> baskets.deliver(new Programme.Terms("FOOD_BASKET", Programme.Unit.BASKET,
                Programme.Schedule.MONTHLY, 6, new BigDecimal("0"), null, Set.of("ZAKAT")))).messageKey())
                .as("an instalment of nothing").isEqualTo("programme.error.quantity");
        baskets.deliver(new Programme.Terms("FOOD_BASKET", Programme.Unit.BASKET, Programme.Schedule.ONCE, 12, null,
                new BigDecimal("150"), Set.of("ZAKAT", "GENERAL")));
        assertThat(baskets.getInstalments()).as("once is one instalment").isEqualTo(1);
        assertThat(baskets.getQuantity()).as("one basket when a request does not say").isEqualByComparingTo("1");
        assertThat(baskets.costOf(new BigDecimal("2"))).isEqualByComparingTo("300");
        Programme rent = new Programme("RENT_TEST", new LocalizedName("إيجار", "Rent"));
        rent.deliver(new Programme.Terms("RENT", Programme.Unit.SAR, Programme.Schedule.QUARTERLY, 4,
                new BigDecimal("1500"), new BigDecimal("7"), Set.of("GENERAL")));
        assertThat(rent.costOf(new BigDecimal("1500"))).as("a riyal costs a riyal, whatever was typed")
                .isEqualByComparingTo("1500");
        database.inTransaction(em -> em.persist(baskets));
        database.inTransaction(em -> assertThat(em.find(Programme.class, "FOOD_MONTHLY").getFunds())
                .containsExactly("GENERAL", "ZAKAT"));
    }
}

package org.ektefaa.aid.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Entitlement;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Instalment;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import static org.ektefaa.testing.Refusals.refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #27, step 2, over the module's own tables (H2 in MariaDB mode, its own migrations): an approval opens one
 * entitlement to the programme of its service, paid from the fund chosen or the usual one (zakat first where it may
 * pay), never from a fund that may not pay for the household; its instalments follow the schedule and count against
 * the fund's budget; suspending, ending and shortening say why and cancel only what is still due.
 */
class EntitlementBookTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("aid", "aid", "entitlements");
        database.inTransaction(em -> {
            Programme baskets = new Programme("BASKETS", new LocalizedName("سلة غذائية", "Food basket"));
            baskets.deliver(new Programme.Terms("FOOD_BASKET", Programme.Unit.BASKET, Programme.Schedule.MONTHLY, 6,
                    null, new BigDecimal("250"), Set.of("ZAKAT", "GENERAL")));
            em.persist(baskets);
            Programme rent = new Programme("RENT_ZAKAT", new LocalizedName("إيجار", "Rent"));
            rent.deliver(new Programme.Terms("RENT", Programme.Unit.SAR, Programme.Schedule.QUARTERLY, 4,
                    new BigDecimal("3000"), null, Set.of("ZAKAT")));
            em.persist(rent);
            new FundBook(em).markZakat(Set.of("ORPHANS"), "admin1", AT);
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }


    @Test
    void anApprovalOpensOneEntitlementPaidFromTheUsualFundWhereZakatMayPayFirst() {
        database.inTransaction(em -> {
            EntitlementBook book = new EntitlementBook(em);
            Entitlement orphans = book.open(101, 1001, "1448-000101", "FOOD_BASKET", new BigDecimal("2"), null,
                    "ORPHANS", TODAY, "exec1", AT).orElseThrow();
            assertThat(orphans.getFundCode()).as("zakat first, for a category it may reach").isEqualTo("ZAKAT");
            assertThat(orphans.getInstalments()).extracting(Instalment::getDueOn).containsExactly(TODAY,
                    TODAY.plusMonths(1), TODAY.plusMonths(2), TODAY.plusMonths(3), TODAY.plusMonths(4),
                    TODAY.plusMonths(5));
            assertThat(orphans.getInstalments()).allSatisfy(i -> {
                assertThat(i.getQuantity()).as("the quantity asked, each month").isEqualByComparingTo("2");
                assertThat(i.getAmount()).as("two baskets at 250 riyals").isEqualByComparingTo("500");
            });
            Entitlement widows = book.open(102, 1002, "1448-000102", "FOOD_BASKET", null, null, "WIDOWS", TODAY,
                    "exec1", AT).orElseThrow();
            assertThat(widows.getFundCode()).as("general donations where zakat may not reach").isEqualTo("GENERAL");
            assertThat(widows.getQuantity()).as("the programme's one basket").isEqualByComparingTo("1");
            assertThat(book.open(101, 1001, "1448-000101", "FOOD_BASKET", null, "GENERAL", "ORPHANS", TODAY, "exec1",
                    AT)).as("the same approval seen again").containsSame(orphans);
            assertThat(book.open(101, 1003, "1448-000103", "NOT_A_PROGRAMME", null, null, "ORPHANS", TODAY, "exec1",
                    AT)).as("a service no programme delivers: delivered as recorded on the request").isEmpty();
        });
    }

    @Test
    void aFundThatMayNotPayForTheHouseholdRefusesTheApproval() {
        database.inTransaction(em -> {
            EntitlementBook book = new EntitlementBook(em);
            assertThat(refusal(() -> book.open(103, 1010, "1448-000110", "FOOD_BASKET", null, "ZAKAT", "WIDOWS",
                    TODAY, "exec1", AT))).satisfies(v -> {
                        assertThat(v.messageKey()).as("in the queue's words").isEqualTo("queue.error.noFund");
                        assertThat(v.arguments()).containsExactly("1448-000110");
                    });
            assertThat(refusal(() -> book.open(103, 1011, "1448-000111", "RENT", null, null, "WIDOWS", TODAY, "exec1",
                    AT)).messageKey()).as("a zakat-only programme has no fund for this household")
                    .isEqualTo("queue.error.noFund");
            String grant = "GRANT_NOT_ALLOWED";
            em.persist(new Fund(grant, new LocalizedName("منحة", "Grant"), Fund.Kind.GENERAL, null, null));
            assertThat(refusal(() -> book.open(103, 1012, "1448-000112", "FOOD_BASKET", null, grant, "WIDOWS", TODAY,
                    "exec1", AT)).messageKey()).as("a fund the programme does not allow").isEqualTo("queue.error.noFund");
            Entitlement rent = book.open(104, 1013, "1448-000113", "RENT", null, null, "ORPHANS", TODAY, "exec1", AT)
                    .orElseThrow();
            assertThat(rent.getInstalments()).extracting(Instalment::getDueOn).as("quarterly")
                    .containsExactly(TODAY, TODAY.plusMonths(3), TODAY.plusMonths(6), TODAY.plusMonths(9));
            assertThat(rent.getInstalments().get(0).getAmount()).as("riyals cost riyals").isEqualByComparingTo("3000");
        });
    }

    @Test
    void whatIsStillDueCountsAgainstTheFundsBudget() {
        LocalDate march = LocalDate.of(2031, 3, 1);
        database.inTransaction(em -> {
            FundBook funds = new FundBook(em);
            funds.setBudget("GENERAL", Budget.Period.MONTH, march, new BigDecimal("1000"), null, "admin1", AT);
            EntitlementBook book = new EntitlementBook(em);
            Entitlement e = book.open(105, 1020, "1448-000120", "FOOD_BASKET", new BigDecimal("3"), "GENERAL",
                    "WIDOWS", march.plusDays(4), "exec1", AT).orElseThrow();
            em.flush();
            assertThat(funds.committed("GENERAL", march, march.plusMonths(1).minusDays(1)))
                    .as("one instalment of three baskets in March").isEqualByComparingTo("750");
            assertThat(funds.left("GENERAL", march.plusDays(10))).hasValueSatisfying(left ->
                    assertThat(left).isEqualByComparingTo("250"));
            e.end("The family moved to another city", "exec1", AT);
            em.flush();
            assertThat(funds.committed("GENERAL", march, march.plusMonths(1).minusDays(1)))
                    .as("an ended entitlement promises nothing").isEqualByComparingTo("0");
        });
    }

    @Test
    void suspendingEndingAndShorteningSayWhyAndCancelOnlyWhatIsStillDue() {
        database.inTransaction(em -> {
            Entitlement e = new EntitlementBook(em).open(106, 1030, "1448-000130", "FOOD_BASKET", null, null,
                    "WIDOWS", TODAY, "exec1", AT).orElseThrow();
            assertThat(refusal(() -> e.suspend("no", null, TODAY, "exec1", AT)).messageKey())
                    .isEqualTo("entitlement.error.reason");
            assertThat(refusal(() -> e.suspend("Income being verified", TODAY.minusDays(1), TODAY, "exec1", AT))
                    .messageKey()).isEqualTo("entitlement.error.until");
            e.suspend("Income being verified", TODAY.plusDays(30), TODAY, "exec1", AT);
            assertThat(e.activeOn(TODAY.plusDays(30))).isFalse();
            assertThat(e.activeOn(TODAY.plusDays(31))).as("after the suspension's last day").isTrue();
            assertThat(refusal(() -> e.suspend("again and again", null, TODAY, "exec1", AT)).messageKey())
                    .isEqualTo("entitlement.error.notActive");
            e.resume("exec1", AT);
            assertThat(e.getStatusReason()).isNull();
            assertThat(refusal(() -> e.shorten(6, "exec1", AT)).messageKey()).isEqualTo("entitlement.error.shorten");
            e.shorten(4, "exec1", AT);
            e.shorten(2, "exec1", AT); // a second time, over instalments the first cancelled
            assertThat(e.getInstalments()).extracting(Instalment::getStatus).containsExactly(Instalment.Status.DUE,
                    Instalment.Status.DUE, Instalment.Status.CANCELLED, Instalment.Status.CANCELLED,
                    Instalment.Status.CANCELLED, Instalment.Status.CANCELLED);
            e.end("The household's income rose above the threshold", "exec1", AT);
            assertThat(e.getInstalments()).allMatch(Instalment::isCancelled);
            assertThat(e.nextDue()).isEmpty();
            assertThat(refusal(() -> e.end("twice over", "exec1", AT)).messageKey()).isEqualTo("entitlement.error.ended");
        });
    }
}

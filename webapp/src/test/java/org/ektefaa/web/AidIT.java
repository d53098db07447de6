package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.ektefaa.aid.boundary.Funds;
import org.ektefaa.aid.boundary.Programmes;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.boundary.AuditLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #27 in the server, on MariaDB: the funds and programmes an administrator keeps are saved as changed (their
 * names and whether in use: a coded list of another jar), a fund is refused for a category zakat may not reach until
 * the category is marked, budgets are kept per period, a programme delivers a service of the catalogue; every change
 * in the audit trail.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class AidIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(AidIT.class);
    }

    @Inject
    Funds funds;

    @Inject
    Programmes programmes;

    @Inject
    org.ektefaa.requests.api.RequestDirectory requests;

    @Inject
    AuditLog auditLog;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    /** A code no other run of the suite holds (the database is shared and kept). */
    private static String code(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void anAdministratorKeepsFundsBudgetsAndTheCategoriesZakatMayReach() {
        String grant = code("GRANT");
        Fund saved = funds.save(grant, null, "منحة الإيجار", "Rent grant", true, Fund.Kind.RESTRICTED, "مؤسسة الخير",
                "إيجار مساكن الأرامل");
        Fund renamed = funds.save(grant, saved.getVersion(), "منحة إيجار الأرامل", "Widows' rent grant", false,
                Fund.Kind.GENERAL, "مؤسسة الخير", "إيجار مساكن الأرامل");
        assertThat(funds.all()).filteredOn(f -> f.getCode().equals(grant)).singleElement().satisfies(f -> {
            assertThat(f.getName().getEn()).isEqualTo("Widows' rent grant");
            assertThat(f.isActive()).isFalse();
            assertThat(f.getKind()).as("a fund's kind stays").isEqualTo(Fund.Kind.RESTRICTED);
            assertThat(f.getDonor()).isEqualTo("مؤسسة الخير");
        });
        assertThatThrownBy(() -> funds.save(grant, saved.getVersion(), "x", "y", true, Fund.Kind.RESTRICTED, "d", "p"))
                .as("saved by someone else meanwhile").isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThat(renamed.getVersion()).isGreaterThan(saved.getVersion());

        // zakat reaches a category only once it is marked; general donations any; a category that does not exist is
        // refused, and a marking changed meanwhile is not overwritten
        Set<String> before = funds.zakatCategories();
        String category = files.categoryNames(Locale.ENGLISH).keySet().stream().filter(c -> !before.contains(c))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> funds.checkMayServe("ZAKAT", category)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("fund.error.zakatCategory"));
        funds.checkMayServe("GENERAL", category);
        assertThatThrownBy(() -> funds.markZakat(before, union(before, code("NO_CATEGORY"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("zakat.error.category"));
        try {
            funds.markZakat(before, union(before, category));
            funds.checkMayServe("ZAKAT", category);
            assertThatThrownBy(() -> funds.markZakat(before, before)).as("the page showed the marking before")
                    .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        } finally {
            funds.markZakat(funds.zakatCategories(), before);
        }
        assertThatThrownBy(() -> funds.checkMayServe(grant, category)).as("a fund no longer in use")
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("fund.error.unavailable"));

        Budget budget = funds.setBudget(grant, Budget.Period.QUARTER, LocalDate.of(2031, 4, 1), new BigDecimal("90000"),
                null);
        assertThat(funds.budgetOn(grant, LocalDate.of(2031, 6, 30))).hasValueSatisfying(b ->
                assertThat(b.getAmount()).isEqualByComparingTo("90000"));
        // changed by another administrator: the budget says who set it
        org.ektefaa.platform.api.SystemActor.supply("admin.finance", () -> funds.setBudget(grant, Budget.Period.QUARTER,
                LocalDate.of(2031, 4, 1), new BigDecimal("95000.25"), budget.getVersion()));
        assertThat(funds.budgets(grant)).singleElement().satisfies(b -> {
            assertThat(b.getAmount()).isEqualByComparingTo("95000.25");
            assertThat(b.getSetBy()).isEqualTo("admin.finance");
        });
        assertThat(auditLog.about("Fund", grant)).extracting(e -> e.getAction())
                .contains("FUND_SAVED", "BUDGET_SET");
        assertThat(auditLog.about("Fund", "ZAKAT")).extracting(e -> e.getAction()).contains("ZAKAT_CATEGORIES");
    }

    @Test
    void aProgrammeDeliversAServiceOfTheCatalogue() {
        String service = requests.serviceNames(Locale.ENGLISH).keySet().iterator().next();
        String code = code("PROG");
        assertThatThrownBy(() -> programmes.save(code, null, "برنامج", "Programme", true, "NO_SUCH_SERVICE",
                Programme.Unit.BASKET, Programme.Schedule.MONTHLY, 6, Set.of("GENERAL")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programme.error.what"));
        Programme saved = programmes.save(code, null, "السلة الشهرية", "Monthly basket", true, service,
                Programme.Unit.BASKET, Programme.Schedule.MONTHLY, 6, Set.of("GENERAL", "ZAKAT"));
        programmes.save(code, saved.getVersion(), "السلة الشهرية", "Monthly basket", true, service,
                Programme.Unit.BASKET, Programme.Schedule.QUARTERLY, 4, Set.of("GENERAL"));
        assertThat(programmes.all()).filteredOn(p -> p.getCode().equals(code)).singleElement().satisfies(p -> {
            assertThat(p.getSchedule()).isEqualTo(Programme.Schedule.QUARTERLY);
            assertThat(p.getInstalments()).isEqualTo(4);
            assertThat(p.getFunds()).containsExactly("GENERAL");
        });
        assertThat(auditLog.about("Programme", code)).extracting(e -> e.getAction()).contains("PROGRAMME_SAVED");
    }

    private static Set<String> union(Set<String> set, String one) {
        java.util.Set<String> all = new java.util.TreeSet<>(set);
        all.add(one);
        return all;
    }
}

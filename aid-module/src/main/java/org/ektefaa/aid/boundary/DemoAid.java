package org.ektefaa.aid.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.platform.api.SystemActor;

/**
 * The demo's aid (issue #27), before the demo's requests are decided: a restricted rent grant beside the zakat and
 * general funds, the programmes of four catalogue services, the categories zakat may reach (orphans' families, widows,
 * low-income families, prisoners' families: not the elderly or people with disabilities, so the queue shows both), and
 * budgets for the last six months — so that every approved demo support request opens its entitlement, and the funds
 * page shows what is promised against each budget. Every programme allows general donations: the demo's executive
 * approves without choosing a fund, and a household zakat may not reach is then paid from them.
 */
@ApplicationScoped
public class DemoAid {

    @Inject
    Funds funds;

    @Inject
    Programmes programmes;

    @Inject
    Clock clock;

    void on(@Observes @Priority(900) DemoDataRequested demo) {
        demo.at(demo.now().minus(Duration.ofDays(200)));
        SystemActor.run("demo.admin", () -> create(demo));
    }

    /** What an administrator set up before the demo loads stays as it is: the demo only adds what is not there. */
    private void create(DemoDataRequested demo) {
        if (funds.all().stream().noneMatch(f -> f.getCode().equals("RENT_GRANT"))) {
            funds.save("RENT_GRANT", null, "منحة سداد الإيجارات", "Rent relief grant", true, Fund.Kind.RESTRICTED,
                    "مؤسسة البر الخيرية", "سداد إيجارات الأسر المهددة بالإخلاء");
        }
        funds.markZakat(funds.zakatCategories(), Set.of("ORPHANS", "WIDOWS", "LOW_INCOME", "PRISONERS_FAMILIES"));
        save("FOOD_MONTHLY", "السلة الغذائية الشهرية", "Monthly food basket", "FOOD_BASKET", Programme.Unit.BASKET,
                Programme.Schedule.MONTHLY, 6, "1", "250", Set.of("ZAKAT", "GENERAL"));
        save("RENT_RELIEF", "سداد الإيجار", "Rent relief", "RENT", Programme.Unit.SAR, Programme.Schedule.ONCE, 1,
                "3000", null, Set.of("RENT_GRANT", "ZAKAT", "GENERAL"));
        save("BILLS_RELIEF", "سداد الفواتير", "Bills relief", "BILLS", Programme.Unit.SAR, Programme.Schedule.ONCE, 1,
                "800", null, Set.of("GENERAL"));
        save("CASH_MONTHLY", "الإعانة النقدية الشهرية", "Monthly cash aid", "CASH_AID", Programme.Unit.SAR,
                Programme.Schedule.MONTHLY, 3, "500", null, Set.of("ZAKAT", "GENERAL"));
        LocalDate month = LocalDate.ofInstant(demo.now(), clock.getZone()).withDayOfMonth(1);
        for (int m = 0; m < 6; m++) {
            LocalDate start = month.minusMonths(m);
            budget("GENERAL", Budget.Period.MONTH, start, "40000");
            budget("RENT_GRANT", Budget.Period.MONTH, start, "15000");
        }
        LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
        budget("ZAKAT", Budget.Period.QUARTER, quarter, "120000");
        budget("ZAKAT", Budget.Period.QUARTER, quarter.minusMonths(3), "100000");
    }

    private void budget(String fund, Budget.Period period, LocalDate start, String amount) {
        if (funds.budgets(fund).stream().noneMatch(b -> b.overlaps(start, period.endOf(start)))) {
            funds.setBudget(fund, period, start, new BigDecimal(amount), null);
        }
    }

    private void save(String code, String nameAr, String nameEn, String service, Programme.Unit unit,
                      Programme.Schedule schedule, int instalments, String quantity, String unitCost,
                      Set<String> allowed) {
        if (programmes.all().stream().anyMatch(p -> p.getCode().equals(code)
                || (p.isActive() && p.getServiceCode().equals(service)))) {
            return;
        }
        programmes.save(code, null, nameAr, nameEn, true, new Programme.Terms(service, unit, schedule, instalments,
                new BigDecimal(quantity), unitCost == null ? null : new BigDecimal(unitCost), allowed));
    }
}

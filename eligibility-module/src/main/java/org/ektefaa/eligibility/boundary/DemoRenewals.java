package org.ektefaa.eligibility.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.eligibility.control.RenewalBook;
import org.ektefaa.eligibility.control.RuleBook;
import org.ektefaa.eligibility.entity.Renewal;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.platform.api.SystemActor;

/**
 * Demo renewals (issue #26), after the demo's decisions and visits: the demo's households were registered within the
 * last seven months, so six of them are taken as registered a year earlier — four whose eligibility ends within 30
 * days, two whose has ended — each assessed again within its period, and three of them asked by message, so that the
 * renewals list, the dashboard and the file's tab show each state.
 */
@ApplicationScoped
public class DemoRenewals {

    /** Days from the demo's today to the end of each period (negative: ended). */
    private static final int[] ENDS_IN = {4, 11, 19, 27, -3, -16};

    @Inject
    RuleBook rules;

    @Inject
    RenewalBook book;

    @Inject
    BeneficiaryDirectory files;

    @Inject
    Assessments assessments;

    @Inject
    Renewals renewals;

    @Inject
    Clock clock;

    void on(@Observes @Priority(1600) DemoDataRequested demo) {
        demo.at(demo.now());
        LocalDate today = LocalDate.ofInstant(demo.now(), clock.getZone());
        List<Long> ids = rules.currentOutcomes(null, null, today, 2000).stream().map(r -> (Long) r[0]).sorted().toList();
        List<Long> registered = new ArrayList<>();
        files.householdFacts(ids).values().stream().filter(f -> "REGISTERED".equals(f.status()))
                .forEach(f -> registered.add(f.fileId()));
        registered.sort(null);
        List<Long> toAsk = new ArrayList<>();
        for (int i = 0; i < Math.min(ENDS_IN.length, registered.size()); i++) {
            long id = registered.get(i);
            LocalDate until = today.plusDays(ENDS_IN[i]);
            book.remove(id);
            book.flush();
            book.keep(new Renewal(id, until, until.minusMonths(12).atStartOfDay(clock.getZone()).toInstant()));
            book.flush();
            SystemActor.supply("demo.reception", () -> assessments.assessAgain(id));
            if (i % 2 == 1) {
                toAsk.add(id);
            }
        }
        SystemActor.supply("demo.reception", () -> renewals.ask(toAsk));
    }
}

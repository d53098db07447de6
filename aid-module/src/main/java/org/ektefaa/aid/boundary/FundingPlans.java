package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.ektefaa.aid.control.EntitlementBook;
import org.ektefaa.aid.control.FundBook;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.saudi.Bidi;
import org.ektefaa.requests.api.Funding;

/**
 * What approving a support request would open, for the executive's queue (the requests module's {@link Funding}): the
 * programme of the service, its schedule and one instalment in words, and each fund it allows with whether it may pay
 * for the household (zakat only for a category marked zakat-eligible) and what is left of its budget this period. A
 * page of the queue costs the programmes, funds and zakat categories once and one sum per fund with a budget.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundingPlans implements Funding {

    private static final String BUNDLE = "org.ektefaa.aid.i18n.messages";

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    @Override
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, Plan> plans(Map<Long, Asked> asked, Locale locale) {
        EntitlementBook book = new EntitlementBook(em);
        FundBook funds = new FundBook(em);
        Set<String> zakat = funds.zakatCategories();
        LocalDate today = LocalDate.now(clock);
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        Map<String, Optional<Programme>> programmes = new HashMap<>();
        Map<String, Optional<BigDecimal>> left = new HashMap<>();
        Map<String, List<Fund>> fundsOf = new HashMap<>();
        Map<Long, Plan> plans = new HashMap<>();
        asked.forEach((key, a) -> programmes.computeIfAbsent(a.serviceCode(), book::delivering).ifPresent(p -> {
            List<Fund> allowed = fundsOf.computeIfAbsent(p.getCode(), c -> book.fundsOf(p));
            BigDecimal quantity = a.quantity() == null ? p.getQuantity() : a.quantity();
            BigDecimal adds = p.costOf(quantity);
            List<FundOption> options = allowed.stream().map(f -> {
                Optional<String> refusal = FundBook.refusal(f, a.categoryCode(), zakat);
                return new FundOption(f.getCode(), f.name(locale), refusal.isEmpty(),
                        refusal.map(k -> text.getString("plan." + k)).orElse(null),
                        left.computeIfAbsent(f.getCode(), code -> funds.left(code, today)).orElse(null), adds);
            }).toList();
            String usual = EntitlementBook.usual(allowed, a.categoryCode(), zakat).map(Fund::getCode).orElse(null);
            plans.put(key, new Plan(p.name(locale),
                    format(text, "Schedule." + p.getSchedule(), locale, p.getInstalments()),
                    format(text, "plan.perInstalment", locale, quantity, text.getString("Unit." + p.getUnit())),
                    options, usual));
        }));
        return plans;
    }

    private static String format(ResourceBundle text, String key, Locale locale, Object... arguments) {
        return Bidi.isolateRuns(new MessageFormat(text.getString(key), locale).format(arguments));
    }
}

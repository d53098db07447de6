package org.ektefaa.aid.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ektefaa.aid.entity.Entitlement;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Entitlements over the module's own tables (issue #27), for the boundaries and the module's tests alike: the programme
 * an approval opens, the funds that may pay for a household in the order the usual one is chosen, and the entitlement
 * opened once per request.
 */
public final class EntitlementBook {

    /**
     * The order a programme's funds are offered in, the usual one first: zakat (it is owed to those entitled to it and
     * must reach them), then restricted grants (spent on what their donor gave them for), then general donations (the
     * freest money, kept for those no other fund may pay); by code within a kind.
     */
    public static final Comparator<Fund> USUAL_FIRST = Comparator.comparing((Fund f) -> switch (f.getKind()) {
        case ZAKAT -> 0;
        case RESTRICTED -> 1;
        case GENERAL -> 2;
    }).thenComparing(Fund::getCode);

    private final EntityManager em;

    public EntitlementBook(EntityManager em) {
        this.em = em;
    }

    /** The programme in use that delivers the catalogue's service {@code serviceCode}, if any. */
    public Optional<Programme> delivering(String serviceCode) {
        return serviceCode == null ? Optional.empty()
                : em.createQuery("select p from Programme p where p.serviceCode = :s and p.active = true",
                        Programme.class).setParameter("s", serviceCode).getResultStream().findFirst();
    }

    /** The funds the programme allows, the usual one first. */
    public List<Fund> fundsOf(Programme programme) {
        return programme.getFunds().stream().map(code -> em.find(Fund.class, code))
                .filter(java.util.Objects::nonNull).sorted(USUAL_FIRST).toList();
    }

    /** The first of {@code funds} that may pay for a household of {@code categoryCode}, if any. */
    public static Optional<Fund> usual(List<Fund> funds, String categoryCode, Set<String> zakatCategories) {
        return funds.stream().filter(f -> FundBook.refusal(f, categoryCode, zakatCategories).isEmpty()).findFirst();
    }

    /**
     * Opens the entitlement an approved support request gives, once per request: the programme delivering its service,
     * paid from {@code fundCode} (null: the usual fund), {@code quantity} per instalment (null: the programme's), its
     * instalments from {@code firstDue}. Empty when no programme delivers the service (it is then delivered as recorded
     * on the request). Refused, with the requests module's words ({@code queue.error.noFund}), when the fund is not
     * one the programme allows or may not pay for the household: a law, not a judgement.
     */
    public Optional<Entitlement> open(long fileId, long requestId, String trackingNumber, String serviceCode,
                                      BigDecimal quantity, String fundCode, String categoryCode, LocalDate firstDue,
                                      String by, Instant at) {
        Optional<Entitlement> already = ofRequest(requestId);
        if (already.isPresent()) {
            return already;
        }
        Optional<Programme> delivering = delivering(serviceCode);
        if (delivering.isEmpty()) {
            return Optional.empty();
        }
        Programme programme = delivering.get();
        List<Fund> funds = fundsOf(programme);
        Set<String> zakat = new FundBook(em).zakatCategories();
        Fund fund = fundCode == null ? usual(funds, categoryCode, zakat).orElse(null)
                : funds.stream().filter(f -> f.getCode().equals(fundCode)).findFirst().orElse(null);
        if (fund == null || FundBook.refusal(fund, categoryCode, zakat).isPresent()) {
            throw new RuleViolation("queue.error.noFund", trackingNumber);
        }
        if (fund.getKind() == Fund.Kind.ZAKAT && em.find(org.ektefaa.aid.entity.ZakatCategory.class, categoryCode,
                jakarta.persistence.LockModeType.PESSIMISTIC_READ) == null) {
            // the marking read again under a lock: an administrator unmarking the category meanwhile waits for this
            // approval, or this approval sees it unmarked
            throw new RuleViolation("queue.error.noFund", trackingNumber);
        }
        Entitlement entitlement = new Entitlement(fileId, requestId, trackingNumber, programme, fund.getCode(),
                quantity == null ? programme.getQuantity() : quantity, programme.getInstalments(), firstDue, by, at);
        em.persist(entitlement);
        return Optional.of(entitlement);
    }

    public Optional<Entitlement> ofRequest(long requestId) {
        return em.createQuery("select e from Entitlement e where e.requestId = :r", Entitlement.class)
                .setParameter("r", requestId).getResultStream().findFirst();
    }

    /** A file's entitlements, the newest first. */
    public List<Entitlement> ofFile(long fileId) {
        return em.createQuery("select distinct e from Entitlement e left join fetch e.instalments"
                        + " where e.fileId = :f order by e.openedAt desc, e.id desc", Entitlement.class)
                .setParameter("f", fileId).getResultList();
    }
}

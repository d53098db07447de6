package org.ektefaa.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.Role;
import org.ektefaa.requests.entity.PastAid;

/**
 * What the executive needs beside the queue to decide (policy §5.4, issue #21): for a page of requests, who the
 * applicants are (household, income per member, how much of the file is verified) and the aid each household received
 * in the last twelve months; for the request shown, that aid one delivery at a time. A page costs a fixed number of
 * queries, whatever its size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionBriefs {

    /** Aid a household received in the last twelve months: how many deliveries, and the last one's day. */
    public record Aid(Long deliveries, LocalDate last) implements Serializable {

        public static final Aid NONE = new Aid(0L, null);
    }

    /**
     * One delivery, as the side panel lists it: a request's (its tracking number and service code), or one the
     * association made before Ektefaa, imported with its records ({@code pastService} as its spreadsheet named it, an
     * amount in riyals when it gave one; issue #25).
     */
    public record Received(LocalDate on, String trackingNumber, String serviceCode, BigDecimal quantity,
                           String pastService, BigDecimal amount) implements Serializable {

        public Received(LocalDate on, String trackingNumber, String serviceCode, BigDecimal quantity) {
            this(on, trackingNumber, serviceCode, quantity, null, null);
        }

        /** Whether it was imported from the association's records. */
        public boolean past() {
            return pastService != null;
        }
    }

    /** A row of the grouped query ("select new": public and boxed, as the provider builds it). */
    public record AidRow(Long beneficiaryId, Long deliveries, LocalDate last) {
    }

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    BeneficiaryDirectory directory;

    @Inject
    Clock clock;

    /** The applicants' files, by id. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, BeneficiarySummary> people(Collection<Long> beneficiaryIds) {
        return directory.summaries(beneficiaryIds);
    }

    /** The aid each beneficiary's requests delivered in the last twelve months, by beneficiary (none: absent). */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, Aid> aidInLastYear(Collection<Long> beneficiaryIds) {
        Map<Long, Aid> aid = new HashMap<>();
        if (beneficiaryIds.isEmpty()) {
            return aid;
        }
        em.createQuery("select new org.ektefaa.requests.boundary.DecisionBriefs$AidRow(r.beneficiaryId, count(d),"
                        + " max(d.deliveredOn)) from AidRequest r join r.deliveries d where r.beneficiaryId in :ids"
                        + " and d.deliveredOn >= :since group by r.beneficiaryId", AidRow.class)
                .setParameter("ids", beneficiaryIds).setParameter("since", yearAgo()).getResultList()
                .forEach(row -> aid.put(row.beneficiaryId(), new Aid(row.deliveries(), row.last())));
        // and the deliveries imported from the association's records (issue #25)
        em.createQuery("select new org.ektefaa.requests.boundary.DecisionBriefs$AidRow(a.beneficiaryId, count(a),"
                        + " max(a.givenOn)) from PastAid a where a.beneficiaryId in :ids and a.givenOn >= :since"
                        + " group by a.beneficiaryId", AidRow.class)
                .setParameter("ids", beneficiaryIds).setParameter("since", yearAgo()).getResultList()
                .forEach(row -> aid.merge(row.beneficiaryId(), new Aid(row.deliveries(), row.last()), (a, b) ->
                        new Aid(a.deliveries() + b.deliveries(), a.last().isAfter(b.last()) ? a.last() : b.last())));
        return aid;
    }

    /** The deliveries to one beneficiary in the last twelve months, the latest first. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Received> receivedInLastYear(long beneficiaryId) {
        List<Received> received = em.createQuery("select new org.ektefaa.requests.boundary.DecisionBriefs$Received(d.deliveredOn,"
                        + " r.trackingNumber, r.serviceCode, d.quantity) from AidRequest r join r.deliveries d"
                        + " where r.beneficiaryId = :id and d.deliveredOn >= :since order by d.deliveredOn desc",
                        Received.class)
                .setParameter("id", beneficiaryId).setParameter("since", yearAgo()).setMaxResults(50).getResultList();
        List<Received> all = new java.util.ArrayList<>(received);
        em.createQuery("select a from PastAid a where a.beneficiaryId = :id and a.givenOn >= :since"
                        + " order by a.givenOn desc", PastAid.class)
                .setParameter("id", beneficiaryId).setParameter("since", yearAgo()).setMaxResults(50).getResultList()
                .forEach(a -> all.add(new Received(a.getGivenOn(), null, null, a.getQuantity(), a.getService(),
                        a.getAmount())));
        all.sort(java.util.Comparator.comparing(Received::on).reversed());
        return all.size() > 50 ? all.subList(0, 50) : all;
    }

    private LocalDate yearAgo() {
        return LocalDate.now(clock).minusYears(1);
    }
}

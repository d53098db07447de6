package org.ektefaa.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.saudi.SaudiMobiles;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;

/**
 * Requests seen from the person who made them (issue #21): every request of a file (its requests tab), the same kind
 * of request from the same person in the last day (reception's warning), and the names and mobiles staff see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonRequests {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    BeneficiaryDirectory directory;

    /**
     * A person's requests, newest first, with their deliveries (the file's requests tab): at most {@code max}, their
     * deliveries read in one more query.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<AidRequest> ofBeneficiary(long beneficiaryId, int max) {
        return em.createQuery("select r from AidRequest r where r.beneficiaryId = :b order by r.id desc", AidRequest.class)
                .setParameter("b", beneficiaryId).setHint("eclipselink.batch", "r.deliveries")
                .setHint("eclipselink.batch.type", "IN").setMaxResults(max).getResultList();
    }

    /**
     * The newest request of {@code type} received since {@code since} from the same person — the same file, or the
     * same mobile — if any: reception is warned before recording the same request twice (issue #21).
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<AidRequest> sameKindSince(Long beneficiaryId, String mobile, RequestType type, Instant since) {
        Optional<String> e164 = mobile == null ? Optional.empty() : SaudiMobiles.e164(mobile);
        List<AidRequest> found = new ArrayList<>();
        if (beneficiaryId != null) {
            found.addAll(em.createQuery("select r from AidRequest r where r.beneficiaryId = :b and r.type = :t"
                            + " and r.createdAt >= :since order by r.id desc", AidRequest.class)
                    .setParameter("b", beneficiaryId).setParameter("t", type).setParameter("since", since)
                    .setMaxResults(1).getResultList());
        }
        e164.ifPresent(m -> found.addAll(em.createQuery("select r from AidRequest r where r.applicantMobile = :m"
                        + " and r.type = :t and r.createdAt >= :since order by r.id desc", AidRequest.class)
                .setParameter("m", m).setParameter("t", type).setParameter("since", since).setMaxResults(1)
                .getResultList()));
        return found.stream().max(java.util.Comparator.comparing(AidRequest::getId));
    }

    /** The names to show for a page of requests, by request id: the files' in one query, or the names people gave. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Map<Long, String> personNames(List<AidRequest> page) {
        Map<Long, String> files = directory.names(page.stream().map(AidRequest::getBeneficiaryId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, String> names = new java.util.HashMap<>();
        for (AidRequest r : page) {
            names.put(r.getId(), r.getBeneficiaryId() != null ? files.getOrDefault(r.getBeneficiaryId(), "")
                    : java.util.Objects.requireNonNullElse(r.getApplicantName(), ""));
        }
        return names;
    }

    /** How to reach the person, for the roles that work with files: the mobile they gave, or their file's. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String contactMobile(AidRequest request) {
        if (request.getApplicantMobile() != null) {
            return request.getApplicantMobile();
        }
        return request.getBeneficiaryId() == null ? ""
                : directory.summary(request.getBeneficiaryId()).map(BeneficiarySummary::mobile).orElse("");
    }
}

package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.ektefaa.beneficiaries.api.FileUsage;

/**
 * A beneficiary file with a request is kept when the import batch that made it is undone (issue #25): the request
 * was worked on, and its history names the file.
 */
@ApplicationScoped
public class RequestsOfFiles implements FileUsage {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Override
    public Set<Long> inUse(Set<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct r.beneficiaryId from AidRequest r"
                + " where r.beneficiaryId in :ids", Long.class).setParameter("ids", fileIds).getResultList());
    }
}

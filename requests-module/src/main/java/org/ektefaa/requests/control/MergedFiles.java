package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ektefaa.beneficiaries.api.FilesMerged;
import org.ektefaa.beneficiaries.api.FilesUnmerged;

/**
 * The requests of a beneficiary file merged into another follow it (issue #24): each one moved is remembered with the
 * merge ({@code req_merged_request}), so that undoing the merge moves exactly those back — a request made on the kept
 * file in between stays there. In the merging transaction.
 */
@ApplicationScoped
public class MergedFiles {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    public MergedFiles() {
    }

    /** Moves on {@code em}'s transaction (tests). */
    public MergedFiles(EntityManager em) {
        this.em = em;
    }

    void on(@Observes FilesMerged merged) {
        em.flush();
        em.createNativeQuery("insert into req_merged_request (request_id, merged_file, kept_file)"
                        + " select id, beneficiary_id, ? from req_request where beneficiary_id = ?")
                .setParameter(1, merged.keptId()).setParameter(2, merged.mergedId()).executeUpdate();
        em.createNativeQuery("update req_request set beneficiary_id = ? where beneficiary_id = ?")
                .setParameter(1, merged.keptId()).setParameter(2, merged.mergedId()).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.ektefaa.requests.entity.AidRequest.class);
    }

    void on(@Observes FilesUnmerged undone) {
        em.flush();
        em.createNativeQuery("update req_request set beneficiary_id = ? where id in (select request_id from"
                        + " req_merged_request where merged_file = ? and kept_file = ?)")
                .setParameter(1, undone.mergedId()).setParameter(2, undone.mergedId()).setParameter(3, undone.keptId())
                .executeUpdate();
        em.createNativeQuery("delete from req_merged_request where merged_file = ? and kept_file = ?")
                .setParameter(1, undone.mergedId()).setParameter(2, undone.keptId()).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.ektefaa.requests.entity.AidRequest.class);
    }
}

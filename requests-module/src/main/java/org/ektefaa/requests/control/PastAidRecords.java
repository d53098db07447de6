package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ektefaa.beneficiaries.api.ImportedFileRemoved;
import org.ektefaa.beneficiaries.api.PastAidImported;
import org.ektefaa.platform.api.Committed;
import org.ektefaa.requests.entity.PastAid;

/**
 * Keeps the past aid an import brings (issue #25) as the household's history: recorded once however often the event
 * comes (a resumed batch), and removed with the file when the batch that made it is undone.
 */
@ApplicationScoped
public class PastAidRecords {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    public PastAidRecords() {
    }

    /** Keeps on {@code em}'s transaction (tests). */
    public PastAidRecords(EntityManager em) {
        this.em = em;
    }

    void on(@Observes @Committed PastAidImported aid) {
        keep(aid);
    }

    void on(@Observes @Committed ImportedFileRemoved removed) {
        forget(removed);
    }

    /** Keeps an imported delivery, once. */
    public void keep(PastAidImported aid) {
        if (em.find(PastAid.class, new PastAid.Key(aid.batchId(), aid.position(), aid.item())) == null) {
            em.persist(new PastAid(aid.batchId(), aid.position(), aid.item(), aid.beneficiaryId(), aid.givenOn(),
                    aid.service(), aid.quantity(), aid.amount(), aid.fund()));
        }
    }

    /** Forgets the deliveries a batch imported for a file it made, now removed. */
    public void forget(ImportedFileRemoved removed) {
        em.createQuery("delete from PastAid a where a.batchId = :b and a.beneficiaryId = :f")
                .setParameter("b", removed.batchId()).setParameter("f", removed.beneficiaryId()).executeUpdate();
    }
}

package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ektefaa.beneficiaries.api.ImportUndone;
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

    void on(@Observes @Committed ImportUndone undone) {
        forget(undone);
    }

    /**
     * Keeps an imported delivery, once: the same event again (a resumed batch), or the same delivery to the same file
     * from another sheet or another import (this year's sheet repeating last year's), is not kept twice.
     */
    public void keep(PastAidImported aid) {
        boolean known = em.find(PastAid.class, new PastAid.Key(aid.batchId(), aid.position(), aid.item())) != null
                || !em.createQuery("select a.batchId from PastAid a where a.beneficiaryId = :f and a.givenOn = :on"
                        + " and a.service = :service and (a.quantity = :quantity or a.quantity is null and :quantity is null)"
                        + " and (a.amount = :amount or a.amount is null and :amount is null)", Long.class)
                .setParameter("f", aid.beneficiaryId()).setParameter("on", aid.givenOn())
                .setParameter("service", PastAid.cut(aid.service())).setParameter("quantity", aid.quantity())
                .setParameter("amount", aid.amount()).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            em.persist(new PastAid(aid.batchId(), aid.position(), aid.item(), aid.beneficiaryId(), aid.givenOn(),
                    aid.service(), aid.quantity(), aid.amount(), aid.fund()));
        }
    }

    /** Forgets the deliveries an import batch brought, now undone. */
    public void forget(ImportUndone undone) {
        em.createQuery("delete from PastAid a where a.batchId = :b").setParameter("b", undone.batchId()).executeUpdate();
    }
}

package org.ektefaa.beneficiaries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.FileAccess;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.RuleViolation;

/**
 * What every use of a file shares: opening it writes who opened it to the access log (policy §5.5), and what it
 * holds (its documents) is read the same way by each boundary.
 */
@ApplicationScoped
public class FileRecords {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The file, opened by the caller: written to the access log. */
    public Beneficiary open(long id) {
        Beneficiary file = em.find(Beneficiary.class, id);
        if (file == null) {
            throw new RuleViolation("file.error.missing");
        }
        log(id, FileAccess.Action.OPENED);
        return file;
    }

    /** Writes what the caller did with the file to its access log. */
    public void log(long id, FileAccess.Action action) {
        em.persist(new FileAccess(id, caller.name(), action, clock.instant()));
    }

    /** The file's documents, as the page lists them. */
    public List<FileDocument> documentsOf(long id) {
        return em.createNamedQuery(FileDocument.OF_FILE, FileDocument.class).setParameter("id", id).getResultList();
    }
}

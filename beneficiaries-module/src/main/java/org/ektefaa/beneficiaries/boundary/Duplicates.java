package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The files that may be the same person as a file (issue #24), for the officer who resolves them: each with the other
 * file, why, and how strongly; "not the same person" is remembered and audited.
 */
@ApplicationScoped
@Transactional
public class Duplicates {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    /** An open candidate as the file page shows it: the other file, why, how strongly, and the version seen. */
    public record Warning(long id, long version, FileSearch.Row other, Set<DuplicateCandidate.Reason> reasons, int score)
            implements java.io.Serializable {
    }

    /** The open candidates of a file, the strongest first. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Warning> openFor(long fileId) {
        return em.createQuery("select d from DuplicateCandidate d where d.status = :open and (d.fileId = :id"
                        + " or d.otherId = :id)", DuplicateCandidate.class)
                .setParameter("open", DuplicateCandidate.Status.OPEN).setParameter("id", fileId).getResultList().stream()
                .map(d -> {
                    Beneficiary other = em.find(Beneficiary.class, d.otherThan(fileId));
                    return other == null ? null : new Warning(d.getId(), d.getVersion(), FileSearch.row(other),
                            d.getReasons(), d.getScore());
                })
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(Warning::score).reversed().thenComparing(w -> w.other().id()))
                .toList();
    }

    /** The officer found the two files are two people: remembered (the nightly check leaves the pair), audited. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void notTheSame(long candidateId, long expectedVersion, String note) {
        DuplicateCandidate pair = em.find(DuplicateCandidate.class, candidateId);
        if (pair == null) {
            throw new RuleViolation("duplicate.error.resolved");
        }
        if (pair.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        String by = caller.name();
        pair.notTheSame(by, clock.instant(), note);
        audited.fire(new Audited(by, "DUPLICATE_NOT_SAME", "Beneficiary", String.valueOf(pair.getFileId()),
                "and " + pair.getOtherId() + ": " + pair.getReasons()));
    }
}

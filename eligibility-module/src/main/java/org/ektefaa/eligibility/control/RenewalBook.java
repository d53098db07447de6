package org.ektefaa.eligibility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ektefaa.eligibility.entity.Renewal;

/**
 * The registered files' eligibility periods: the list to renew (ended, or ending within
 * {@link Renewal#NOTICE_DAYS} days), the earliest end first, and its counts, each read by the index on the end day.
 */
@ApplicationScoped
public class RenewalBook {

    @PersistenceContext(unitName = "eligibility")
    EntityManager em;

    public RenewalBook() {
    }

    /** For the module's tests, outside a container. */
    public RenewalBook(EntityManager em) {
        this.em = em;
    }

    public Optional<Renewal> of(long fileId) {
        return Optional.ofNullable(em.find(Renewal.class, fileId));
    }

    /**
     * The file's period, for a change (a renewal, a request to renew): its version is checked when the change is
     * written. Not read with {@code LockModeType.OPTIMISTIC}: EclipseLink then writes the version check at the first
     * flush (a renewal's assessment flushes) and the change made after it was written without moving the version on,
     * so a stale page could renew twice (the container test caught it).
     */
    public Optional<Renewal> forChange(long fileId) {
        return Optional.ofNullable(em.find(Renewal.class, fileId));
    }

    public void keep(Renewal renewal) {
        em.persist(renewal);
    }

    public void remove(long fileId) {
        of(fileId).ifPresent(em::remove);
    }

    public void flush() {
        em.flush();
    }

    /**
     * The periods ending between {@code from} and {@code to} (both included), the earliest end first, from the
     * {@code first}-th, at most {@code max}.
     */
    public List<Renewal> ending(LocalDate from, LocalDate to, int first, int max) {
        return em.createQuery("select r from Renewal r where r.validUntil >= :from and r.validUntil <= :to"
                        + " order by r.validUntil, r.fileId", Renewal.class)
                .setParameter("from", from).setParameter("to", to).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** How many periods end between {@code from} and {@code to} (both included). */
    public long countEnding(LocalDate from, LocalDate to) {
        return em.createQuery("select count(r) from Renewal r where r.validUntil >= :from and r.validUntil <= :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** The next files (by id, after {@code afterFileId}) that were assessed and have no period, at most {@code max}. */
    public List<Long> assessedWithoutPeriod(long afterFileId, int max) {
        return em.createQuery("select distinct a.fileId from Assessment a where a.fileId > :after and not exists"
                        + " (select r from Renewal r where r.fileId = a.fileId) order by a.fileId", Long.class)
                .setParameter("after", afterFileId).setMaxResults(max).getResultList();
    }
}

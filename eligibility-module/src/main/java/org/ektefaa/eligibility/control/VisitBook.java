package org.ektefaa.eligibility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.eligibility.entity.VisitStatus;

/**
 * The home visits kept: a file's latest (not cancelled) visit is the one its assessment reads; the open ones are a
 * researcher's list and the dashboards' pending and overdue counts.
 */
@ApplicationScoped
public class VisitBook {

    @PersistenceContext(unitName = "eligibility")
    EntityManager em;

    public VisitBook() {
    }

    /** For the module's tests, outside a container. */
    public VisitBook(EntityManager em) {
        this.em = em;
    }

    /** The latest visit not cancelled of each file given, in one query. */
    public Map<Long, Visit> latest(Collection<Long> fileIds) {
        Map<Long, Visit> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        for (Visit v : em.createQuery("select v from Visit v where v.fileId in :ids and v.id = (select max(w.id)"
                        + " from Visit w where w.fileId = v.fileId and w.status <> :cancelled)", Visit.class)
                .setParameter("ids", fileIds).setParameter("cancelled", VisitStatus.CANCELLED).getResultList()) {
            out.put(v.getFileId(), v);
        }
        return out;
    }

    public Optional<Visit> latest(long fileId) {
        return Optional.ofNullable(latest(List.of(fileId)).get(fileId));
    }

    /** Every visit of a file, newest first (cancelled ones too). */
    public List<Visit> ofFile(long fileId) {
        return em.createQuery("select v from Visit v where v.fileId = :f order by v.id desc", Visit.class)
                .setParameter("f", fileId).getResultList();
    }

    /** The visit, locked for a change. */
    public Optional<Visit> forChange(long id) {
        return Optional.ofNullable(em.find(Visit.class, id, LockModeType.OPTIMISTIC));
    }

    public Optional<Visit> find(long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    /** The visit still to be done that was offered to volunteers through {@code opportunityId}, if any. */
    public Optional<Visit> offeredThrough(long opportunityId) {
        return em.createQuery("select v from Visit v where v.opportunityId = :o and v.status = :s", Visit.class)
                .setParameter("o", opportunityId)
                .setParameter("s", org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED)
                .getResultStream().findFirst();
    }

    /** The visits still to be done, of one researcher (or everyone's: null), the earliest due first. */
    public List<Visit> open(String assignedTo, int max) {
        String who = assignedTo == null ? "" : " and v.assignedTo = :to";
        var query = em.createQuery("select v from Visit v where v.status = :s" + who + " order by v.dueOn, v.id",
                Visit.class).setParameter("s", VisitStatus.ASSIGNED).setMaxResults(max);
        if (assignedTo != null) {
            query.setParameter("to", assignedTo);
        }
        return query.getResultList();
    }

    /** How many visits are still to be done, and how many of them are past their due date ({@code [open, overdue]}). */
    public long[] counts(String assignedTo, LocalDate today) {
        // two counts, not a sum of a CASE: the embedded H2 cannot type a CASE of bound literals
        return new long[] {count(assignedTo, null), count(assignedTo, today)};
    }

    private long count(String assignedTo, LocalDate lateOn) {
        String who = assignedTo == null ? "" : " and v.assignedTo = :to";
        String late = lateOn == null ? "" : " and v.dueOn < :d";
        var query = em.createQuery("select count(v) from Visit v where v.status = :s" + who + late, Long.class)
                .setParameter("s", VisitStatus.ASSIGNED);
        if (assignedTo != null) {
            query.setParameter("to", assignedTo);
        }
        if (lateOn != null) {
            query.setParameter("d", lateOn);
        }
        return query.getSingleResult();
    }

    /** The latest signed visit of each file given (what the score reads: a visit assigned since changes nothing yet). */
    public Map<Long, Visit> latestDone(Collection<Long> fileIds) {
        Map<Long, Visit> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        for (Visit v : em.createQuery("select v from Visit v where v.fileId in :ids and v.id = (select max(w.id)"
                        + " from Visit w where w.fileId = v.fileId and w.status = :done)", Visit.class)
                .setParameter("ids", fileIds).setParameter("done", VisitStatus.DONE).getResultList()) {
            out.put(v.getFileId(), v);
        }
        return out;
    }

    /** Keeps a new visit; a second visit still to be done for the same file is refused (two staff at once). */
    public void keep(Visit visit) {
        try {
            em.persist(visit);
            em.flush();
        } catch (jakarta.persistence.PersistenceException twoAtOnce) {
            throw new org.ektefaa.platform.api.RuleViolation("visit.error.open");
        }
    }

    public void flush() {
        em.flush();
    }

    // ---- photos ----

    public void keep(org.ektefaa.eligibility.entity.VisitPhoto photo) {
        em.persist(photo);
    }

    public Optional<org.ektefaa.eligibility.entity.VisitPhoto> photo(long id) {
        return Optional.ofNullable(em.find(org.ektefaa.eligibility.entity.VisitPhoto.class, id));
    }

    public void remove(org.ektefaa.eligibility.entity.VisitPhoto photo) {
        em.remove(photo);
    }

    /** The photos of the visits given, in the order they were taken, by visit. */
    public Map<Long, List<org.ektefaa.eligibility.entity.VisitPhoto>> photos(Collection<Long> visitIds) {
        Map<Long, List<org.ektefaa.eligibility.entity.VisitPhoto>> out = new HashMap<>();
        if (visitIds.isEmpty()) {
            return out;
        }
        for (org.ektefaa.eligibility.entity.VisitPhoto p : em.createQuery("select p from VisitPhoto p"
                        + " where p.visitId in :ids order by p.id", org.ektefaa.eligibility.entity.VisitPhoto.class)
                .setParameter("ids", visitIds).getResultList()) {
            out.computeIfAbsent(p.getVisitId(), k -> new java.util.ArrayList<>()).add(p);
        }
        return out;
    }

    public long photoCount(long visitId) {
        return em.createQuery("select count(p) from VisitPhoto p where p.visitId = :v", Long.class)
                .setParameter("v", visitId).getSingleResult();
    }
}

package org.ektefaa.beneficiaries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason;
import org.ektefaa.beneficiaries.entity.HouseholdMember;

/**
 * Finds the files that may be the same person as a file (issue #24), each with why: this person's identity number in
 * the other file (its applicant, or a member of its household), the same IBAN, a first and family name that match in
 * any Arabic spelling ({@code NameKeys}) with the same birth date, a household member in both files, the same mobile. Each
 * lookup reads an index; at most {@value #EACH} files per reason, the most recent first.
 */
@ApplicationScoped
public class DuplicateCheck {

    static final int EACH = 20;

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    public DuplicateCheck() {
    }

    /** A check on {@code em}'s transaction (tests). */
    public DuplicateCheck(EntityManager em) {
        this.em = em;
    }

    /** The other files that may be this person, each with its reasons. */
    public Map<Long, Set<Reason>> candidates(Beneficiary file) {
        Map<Long, Set<Reason>> found = new HashMap<>();
        if (file.getMergedInto() != null) {
            // a merged file is found through the kept one (issue #24)
            return found;
        }
        // a file not kept yet (an import's dry run, issue #25) has no id: no file is excluded
        long id = file.getId() == null ? 0L : file.getId();
        if (file.getIdNumberHash() != null) {
            add(found, Reason.IDENTITY, em.createQuery("select b.id from Beneficiary b join b.household m"
                    + " where m.idNumberHash = :h and b.id <> :id and b.mergedInto is null order by b.id desc", Long.class)
                    .setParameter("h", file.getIdNumberHash()).setParameter("id", id).setMaxResults(EACH).getResultList());
        }
        Set<String> members = new HashSet<>();
        for (HouseholdMember m : file.getHousehold()) {
            if (m.getIdNumberHash() != null) {
                members.add(m.getIdNumberHash());
            }
        }
        if (!members.isEmpty()) {
            // a member of this household is the applicant of another file, or a member of another household
            add(found, Reason.IDENTITY, em.createQuery("select b.id from Beneficiary b where b.idNumberHash in :h"
                    + " and b.id <> :id and b.mergedInto is null order by b.id desc", Long.class).setParameter("h", members).setParameter("id", id)
                    .setMaxResults(EACH).getResultList());
            add(found, Reason.HOUSEHOLD_MEMBER, em.createQuery("select distinct b.id from Beneficiary b join b.household m"
                    + " where m.idNumberHash in :h and b.id <> :id and b.mergedInto is null order by b.id desc", Long.class).setParameter("h", members)
                    .setParameter("id", id).setMaxResults(EACH).getResultList());
        }
        if (file.getIbanHash() != null) {
            add(found, Reason.IBAN, em.createQuery("select b.id from Beneficiary b where b.ibanHash = :h and b.id <> :id"
                    + " and b.mergedInto is null order by b.id desc",
                    Long.class).setParameter("h", file.getIbanHash()).setParameter("id", id).setMaxResults(EACH)
                    .getResultList());
        }
        if (file.getMobile() != null) {
            add(found, Reason.MOBILE, em.createQuery("select b.id from Beneficiary b where b.mobile = :m and b.id <> :id"
                    + " and b.mergedInto is null order by b.id desc",
                    Long.class).setParameter("m", file.getMobile()).setParameter("id", id).setMaxResults(EACH)
                    .getResultList());
        }
        if (file.getBirthDate() != null && file.getName() != null) {
            // the first name against first names, the family name against family names, in their Arabic spelling
            // (a Latin skeleton would make عمر and عامر one name)
            Set<String> first = Beneficiary.placed("1", file.getName().getFirst());
            Set<String> family = Beneficiary.placed("4", file.getName().getFamily());
            if (!first.isEmpty() && !family.isEmpty()) {
                add(found, Reason.NAME_BIRTH, em.createQuery("select distinct b.id from Beneficiary b join b.nameKeys f"
                        + " join b.nameKeys l where b.birthDate = :d and b.id <> :id and f in :first and l in :family"
                        + " and b.mergedInto is null order by b.id desc",
                        Long.class).setParameter("d", file.getBirthDate()).setParameter("id", id)
                        .setParameter("first", first).setParameter("family", family).setMaxResults(EACH).getResultList());
            }
        }
        return found;
    }

    private static void add(Map<Long, Set<Reason>> found, Reason reason, Collection<Long> ids) {
        ids.forEach(other -> found.computeIfAbsent(other, o -> EnumSet.noneOf(Reason.class)).add(reason));
    }

    /**
     * Records the file's candidates as they are now: a new pair is open, an open pair takes the reasons found now (and
     * closes when none is left), a pair found not to be the same person or merged stays as decided. How many are open.
     */
    public int record(Beneficiary file, Instant now) {
        Map<Long, Set<Reason>> found = candidates(file);
        long id = file.getId();
        List<DuplicateCandidate> known = em.createQuery("select d from DuplicateCandidate d where d.fileId = :id"
                + " or d.otherId = :id", DuplicateCandidate.class).setParameter("id", id).getResultList();
        int open = 0;
        List<Long> seen = new ArrayList<>();
        for (DuplicateCandidate pair : known) {
            long other = pair.otherThan(id);
            seen.add(other);
            Set<Reason> reasons = found.get(other);
            if (pair.getStatus() == DuplicateCandidate.Status.NOT_SAME && reasons != null
                    && !pair.getReasons().containsAll(reasons)) {
                // found two people on some grounds, the files now share more (an IBAN, an identity number): asked again
                pair.reopened();
                pair.found(reasons);
                open++;
                continue;
            }
            if (pair.getStatus() != DuplicateCandidate.Status.OPEN) {
                continue;
            }
            if (reasons == null) {
                em.remove(pair);
            } else {
                if (!Objects.equals(pair.getReasons(), reasons)) {
                    pair.found(reasons);
                }
                open++;
            }
        }
        for (Map.Entry<Long, Set<Reason>> candidate : found.entrySet()) {
            if (!seen.contains(candidate.getKey())) {
                em.persist(new DuplicateCandidate(id, candidate.getKey(), candidate.getValue(), now));
                open++;
            }
        }
        return open;
    }
}

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

    @Inject
    Event<org.ektefaa.beneficiaries.api.FilesMerged> merges;

    @Inject
    Event<org.ektefaa.beneficiaries.api.FilesUnmerged> undoneMerges;

    /**
     * An open candidate as the file page shows it: the other file, why, how strongly, the version seen, and the other
     * file's facts to put beside this one's (issue #24's walk: "no side-by-side comparison").
     */
    public record Warning(long id, long version, FileSearch.Row other, Set<DuplicateCandidate.Reason> reasons, int score,
                          boolean strong, Facts facts, String overriddenFor, java.time.Instant overriddenAt)
            implements java.io.Serializable {
    }

    /**
     * What an officer compares to tell whether two files are one person: never a full identity number or IBAN (their
     * last four digits, and whether they are the same is said by the pair's reasons).
     */
    public record Facts(org.ektefaa.beneficiaries.entity.FileStatus status, String beneficiaryNumber, String maskedId,
                        java.time.LocalDate birthDate, org.ektefaa.beneficiaries.entity.Enums.Gender gender,
                        String nationality, String mobile, String city, String district, String categoryCode,
                        int householdSize, String maskedIban, java.time.Instant createdAt,
                        org.ektefaa.platform.api.ContactChannel channel) implements java.io.Serializable {

        public static Facts of(Beneficiary b) {
            return new Facts(b.getStatus(), b.getBeneficiaryNumber(),
                    org.ektefaa.platform.api.protect.PersonalData.masked(b.getIdNumber()), b.getBirthDate(),
                    b.getGender(), b.getNationality(), b.getMobile(), b.getCity(), b.getDistrict(), b.getCategoryCode(),
                    b.getHousehold().size() + 1, b.getIban() == null ? null
                            : org.ektefaa.platform.api.protect.PersonalData.masked(
                                    org.ektefaa.platform.api.saudi.SaudiIbans.normalise(b.getIban())),
                    b.getCreatedAt(), b.getChannel());
        }
    }

    /** How many open candidates a file has (what saving a file says at once). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long countOpenFor(long fileId) {
        return em.createQuery("select count(d) from DuplicateCandidate d where d.status = :open and (d.fileId = :id"
                        + " or d.otherId = :id)", Long.class)
                .setParameter("open", DuplicateCandidate.Status.OPEN).setParameter("id", fileId).getSingleResult();
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
                            d.getReasons(), d.getScore(), d.isStrong(), Facts.of(other), d.getOverriddenRequest(),
                            d.getOverriddenAt());
                })
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(Warning::score).reversed().thenComparing(w -> w.other().id()))
                .toList();
    }

    /**
     * The executive approved a request of the file despite its open strong pairs (issue #24's walk: the pair showed
     * nothing of it): each says which request and when, and the file's history too. In the deciding transaction.
     */
    void on(@jakarta.enterprise.event.Observes org.ektefaa.beneficiaries.api.DuplicateOverridden overridden) {
        Beneficiary file = em.find(Beneficiary.class, overridden.beneficiaryId());
        if (file == null) {
            return;
        }
        em.createQuery("select d from DuplicateCandidate d where d.status = :open and (d.fileId = :id"
                        + " or d.otherId = :id)", DuplicateCandidate.class)
                .setParameter("open", DuplicateCandidate.Status.OPEN).setParameter("id", overridden.beneficiaryId())
                .getResultStream().filter(DuplicateCandidate::isStrong)
                .forEach(d -> d.overriddenBy(overridden.trackingNumber(), overridden.at()));
        file.notedOverride(overridden.trackingNumber(), overridden.by(), overridden.at());
        // written now, so that a pair or file changed meanwhile refuses the decision as "edited meanwhile" inside it,
        // not at the commit, after the page has moved on
        em.flush();
    }

    /**
     * The two files are one person: the other file of the pair is merged into {@code keepId} (issue #24). Both
     * histories stay, each noting the other; the merged file leaves the search and its requests follow it
     * ({@link org.ektefaa.beneficiaries.api.FilesMerged}); its other open pairs close (the kept file's next check finds
     * what remains). Undone within 30 days by {@link #undoMerge}. Audited.
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void merge(long candidateId, long expectedVersion, long keepId) {
        DuplicateCandidate pair = em.find(DuplicateCandidate.class, candidateId);
        if (pair == null || pair.getStatus() != DuplicateCandidate.Status.OPEN
                || keepId != pair.getFileId() && keepId != pair.getOtherId()) {
            throw new RuleViolation("duplicate.error.resolved");
        }
        if (pair.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        Beneficiary kept = em.find(Beneficiary.class, keepId);
        Beneficiary merged = em.find(Beneficiary.class, pair.otherThan(keepId));
        if (merged.getStatus().standing() > kept.getStatus().standing()) {
            // a registered person's file is never hidden in a draft: their number, registration and eligibility stay
            throw new RuleViolation("duplicate.error.keepFurther");
        }
        String by = caller.name();
        java.time.Instant now = clock.instant();
        pair.merged(by, now);
        merged.mergeInto(kept, by, now);
        em.createQuery("delete from DuplicateCandidate d where d.status = :open and (d.fileId = :m or d.otherId = :m)")
                .setParameter("open", DuplicateCandidate.Status.OPEN).setParameter("m", merged.getId()).executeUpdate();
        merges.fire(new org.ektefaa.beneficiaries.api.FilesMerged(merged.getId(), keepId, by, now));
        audited.fire(new Audited(by, "FILES_MERGED", "Beneficiary", String.valueOf(keepId), "merged " + merged.getId()));
    }

    /** Undoes the merge of {@code mergedId} (within 30 days): it is searchable again, its requests go back. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void undoMerge(long mergedId) {
        Beneficiary merged = em.find(Beneficiary.class, mergedId);
        if (merged == null || merged.getMergedInto() == null) {
            throw new RuleViolation("duplicate.error.notMerged");
        }
        long keptId = merged.getMergedInto();
        Beneficiary kept = em.find(Beneficiary.class, keptId);
        String by = caller.name();
        java.time.Instant now = clock.instant();
        merged.unmerge(kept, by, now);
        em.createQuery("select d from DuplicateCandidate d where d.fileId = :a and d.otherId = :b",
                        DuplicateCandidate.class).setParameter("a", Math.min(mergedId, keptId))
                .setParameter("b", Math.max(mergedId, keptId)).getResultStream().findFirst()
                .ifPresent(DuplicateCandidate::reopened);
        undoneMerges.fire(new org.ektefaa.beneficiaries.api.FilesUnmerged(mergedId, keptId, by, now));
        audited.fire(new Audited(by, "FILES_UNMERGED", "Beneficiary", String.valueOf(keptId), "merged " + mergedId));
    }

    /** A file merged into another, as the kept file's page lists it: when, and until when it can be undone. */
    public record Merged(FileSearch.Row file, java.time.Instant mergedAt, java.time.Instant undoUntil, boolean undoable)
            implements java.io.Serializable {
    }

    /** The files merged into {@code keptId} (the kept file's page lists them). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Merged> mergedInto(long keptId) {
        java.time.Instant now = clock.instant();
        return em.createQuery("select b from Beneficiary b where b.mergedInto = :id order by b.id", Beneficiary.class)
                .setParameter("id", keptId).getResultStream().map(b -> new Merged(FileSearch.row(b), b.getMergedAt(),
                        b.getMergedAt().plus(Beneficiary.UNDO_MERGE), b.canUndoMerge(now))).toList();
    }

    /**
     * The officer found the two files are two people: remembered (the nightly check leaves the pair), noted in both
     * files' histories with the note, audited. A strong pair (an identity number, a name with the birth date) is the
     * executive's, and needs the note saying how they know (issue #24's walk: one click, no reason).
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void notTheSame(long candidateId, long expectedVersion, String note) {
        DuplicateCandidate pair = em.find(DuplicateCandidate.class, candidateId);
        if (pair == null || pair.getStatus() != DuplicateCandidate.Status.OPEN) {
            throw new RuleViolation("duplicate.error.resolved");
        }
        if (pair.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        if (pair.isStrong() && !caller.isSystemOrIn(Role.EXECUTIVE_NAME, Role.ADMIN_NAME)) {
            // this identity number in the other file, or the same name and birth date: the executive decides
            throw new RuleViolation("duplicate.error.executiveOnly");
        }
        if (pair.isStrong() && (note == null || note.isBlank())) {
            throw new RuleViolation("duplicate.error.noteNeeded");
        }
        String by = caller.name();
        java.time.Instant now = clock.instant();
        pair.notTheSame(by, now, note);
        Beneficiary one = em.find(Beneficiary.class, pair.getFileId());
        Beneficiary other = em.find(Beneficiary.class, pair.getOtherId());
        if (one != null && other != null) {
            one.notedNotTheSameAs(other, by, now, pair.getNote());
        }
        audited.fire(new Audited(by, "DUPLICATE_NOT_SAME", "Beneficiary", String.valueOf(pair.getFileId()),
                "and " + pair.getOtherId() + ": " + pair.getReasons()));
    }
    /**
     * An open pair as the list of possible duplicates shows it (issue #24): both files, why, how strongly, when found.
     * {@code keep} is the file to open to resolve it: the one further on (where the merge is offered), else the older.
     */
    public record Pair(long id, FileSearch.Row one, FileSearch.Row other, Set<DuplicateCandidate.Reason> reasons,
                       int score, boolean strong, java.time.Instant foundAt) implements java.io.Serializable {

        public FileSearch.Row keep() {
            return other.status().standing() > one.status().standing() ? other : one;
        }
    }

    private static String openPairs(boolean strongOnly) {
        // strong: reasons weighing 90 or more (an identity number weighs 100), or a name with the birth date
        return " from DuplicateCandidate d where d.status = :open"
                + (strongOnly ? " and (d.score >= 90 or d.reasons like '%NAME_BIRTH%')" : "");
    }

    /** How many pairs are open (only those on strong grounds, the executive's to clear, with {@code strongOnly}). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long countOpen(boolean strongOnly) {
        return em.createQuery("select count(d)" + openPairs(strongOnly), Long.class)
                .setParameter("open", DuplicateCandidate.Status.OPEN).getSingleResult();
    }

    /** A page of the open pairs, the strongest first, then the newest; both files of a page read in one query. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Pair> open(boolean strongOnly, int first, int max) {
        List<DuplicateCandidate> pairs = em.createQuery("select d" + openPairs(strongOnly)
                        + " order by d.score desc, d.id desc", DuplicateCandidate.class)
                .setParameter("open", DuplicateCandidate.Status.OPEN).setFirstResult(first).setMaxResults(max)
                .getResultList();
        if (pairs.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        pairs.forEach(d -> {
            ids.add(d.getFileId());
            ids.add(d.getOtherId());
        });
        java.util.Map<Long, FileSearch.Row> rows = new java.util.HashMap<>();
        em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class).setParameter("ids", ids)
                .getResultStream().forEach(b -> rows.put(b.getId(), FileSearch.row(b)));
        return pairs.stream().filter(d -> rows.containsKey(d.getFileId()) && rows.containsKey(d.getOtherId()))
                .map(d -> new Pair(d.getId(), rows.get(d.getFileId()), rows.get(d.getOtherId()), d.getReasons(),
                        d.getScore(), d.isStrong(), d.getFoundAt())).toList();
    }
}

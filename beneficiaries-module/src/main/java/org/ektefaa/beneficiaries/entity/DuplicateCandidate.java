package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Two files that may be the same person (issue #24), the lower id first: why (each {@link Reason}), how strongly
 * (the sum of the reasons' weights), and what an officer decided. A pair found "not the same person" stays so: the
 * nightly check does not raise it again.
 */
@Entity
@Table(name = "ben_duplicate")
public class DuplicateCandidate {

    /** Why two files may be one person, each with its weight in the ranking. */
    public enum Reason {
        /** This person's identity number is in the other file (its applicant or a member of its household). */
        IDENTITY(100),
        /** The same bank account. */
        IBAN(60),
        /** A matching first and family name (any spelling) with the same birth date. */
        NAME_BIRTH(50),
        /** A member of both households (the same identity number). */
        HOUSEHOLD_MEMBER(40),
        /** The same mobile. */
        MOBILE(30);

        private final int weight;

        Reason(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    /** Open until an officer decides: not the same person, or merged. */
    public enum Status { OPEN, NOT_SAME, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "other_id", nullable = false)
    private long otherId;

    @Column(nullable = false)
    private String reasons;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    private String note;

    /** The request approved despite this open pair, and when (the pair stays open: approving is not resolving). */
    @Column(name = "overridden_request", length = 20)
    private String overriddenRequest;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Version
    private long version;

    protected DuplicateCandidate() {
    }

    public DuplicateCandidate(long one, long other, Set<Reason> reasons, Instant at) {
        this.fileId = Math.min(one, other);
        this.otherId = Math.max(one, other);
        this.status = Status.OPEN;
        this.foundAt = at;
        found(reasons);
    }

    /** The executive approved {@code trackingNumber} despite this open pair: said on the pair, which stays open. */
    public void overriddenBy(String trackingNumber, Instant at) {
        this.overriddenRequest = trackingNumber;
        this.overriddenAt = at;
    }

    public String getOverriddenRequest() {
        return overriddenRequest;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    /** The reasons found now (the pair is still open). */
    public void found(Set<Reason> now) {
        EnumSet<Reason> sorted = now.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(now);
        this.reasons = sorted.stream().map(Enum::name).collect(Collectors.joining(","));
        this.score = sorted.stream().mapToInt(Reason::weight).sum();
    }

    /**
     * Whether the pair rests on strong grounds (this identity number in the other file, a matching name and birth date,
     * or reasons weighing 90 or more): it blocks approving a registration without the executive's reason, and only the
     * executive or an administrator may find it is two people.
     */
    public boolean isStrong() {
        Set<Reason> now = getReasons();
        return now.contains(Reason.IDENTITY) || now.contains(Reason.NAME_BIRTH) || score >= 90;
    }

    /** An officer found they are two people; {@code note} says how (optional). */
    public void notTheSame(String by, Instant at, String note) {
        if (status != Status.OPEN) {
            throw new RuleViolation("duplicate.error.resolved");
        }
        if (note != null && note.strip().length() > 500) {
            throw new RuleViolation("duplicate.error.note");
        }
        this.status = Status.NOT_SAME;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** An officer merged the two files (the one kept is the other's {@code mergedInto}). */
    public void merged(String by, Instant at) {
        if (status != Status.OPEN) {
            throw new RuleViolation("duplicate.error.resolved");
        }
        this.status = Status.MERGED;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    /** The merge was undone: the pair is open again, to be resolved anew. */
    public void reopened() {
        // an approval made despite the pair before it was resolved says nothing of it now
        this.overriddenRequest = null;
        this.overriddenAt = null;
        this.status = Status.OPEN;
        this.resolvedBy = null;
        this.resolvedAt = null;
        this.note = null;
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public long getOtherId() {
        return otherId;
    }

    /** The other file of the pair, seen from {@code file}. */
    public long otherThan(long file) {
        return file == fileId ? otherId : fileId;
    }

    public Set<Reason> getReasons() {
        return reasons.isEmpty() ? EnumSet.noneOf(Reason.class)
                : EnumSet.copyOf(Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList());
    }

    public int getScore() {
        return score;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}

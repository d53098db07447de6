package org.ektefaa.volunteering.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Something volunteers can do: a time and place, the skills it needs and its number of places; it may serve a
 * specific request (a field visit to a beneficiary who cannot come, policy §3.4). {@code taken} counts the
 * places signed up for and only changes under a lock on this row, so the last place is given once.
 */
@Entity
@Table(name = "vol_opportunity")
public class Opportunity implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** What the coordinator fills in. */
    public record Plan(String title, String description, String place, Instant startsAt, Instant endsAt,
                       String recurrence, int places, Set<String> skills, String requestTracking) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(nullable = false)
    private String place;

    @Convert(converter = InstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private String recurrence;

    @Column(nullable = false)
    private int places;

    @Column(nullable = false)
    private int taken;

    @Column(name = "request_tracking")
    private String requestTracking;

    @Column(nullable = false)
    private boolean cancelled;

    /** The page on this site a volunteer who took the place opens for the work (another module's), or null. */
    @Column(name = "work_link", updatable = false)
    private String workLink;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vol_opportunity_skill", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "skill_code")
    private Set<String> skills = new LinkedHashSet<>();

    @Version
    private long version;

    protected Opportunity() {
    }

    public Opportunity(Plan plan, String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
        change(plan);
    }

    public final void change(Plan plan) {
        if (plan.title() == null || plan.title().isBlank() || plan.place() == null || plan.place().isBlank()) {
            throw new RuleViolation("opportunity.error.required");
        }
        if (plan.startsAt() == null || plan.endsAt() == null || !plan.endsAt().isAfter(plan.startsAt())) {
            throw new RuleViolation("opportunity.error.times");
        }
        if (plan.places() < 1 || plan.places() > 500 || plan.places() < taken) {
            throw new RuleViolation("opportunity.error.places", taken);
        }
        this.title = plan.title().strip();
        this.description = plan.description() == null || plan.description().isBlank() ? null : plan.description().strip();
        this.place = plan.place().strip();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.recurrence = plan.recurrence() == null || plan.recurrence().isBlank() ? null : plan.recurrence().strip();
        this.places = plan.places();
        this.skills = new LinkedHashSet<>(plan.skills());
        this.requestTracking = plan.requestTracking() == null || plan.requestTracking().isBlank() ? null
                : plan.requestTracking().strip();
    }

    /** Takes a place; refused when none is left or the opportunity is over or cancelled. */
    public void take(Instant now) {
        if (cancelled || !now.isBefore(endsAt)) {
            throw new RuleViolation("opportunity.error.closed");
        }
        if (taken >= places) {
            throw new RuleViolation("opportunity.error.full");
        }
        taken++;
    }

    /** Opened by another module for a piece of work on this site ({@code api.FieldVisits}). */
    public static Opportunity forWork(Plan plan, String workLink, String by, Instant at) {
        Opportunity opportunity = new Opportunity(plan, by, at);
        opportunity.workLink = workLink;
        return opportunity;
    }

    public String getWorkLink() {
        return workLink;
    }

    public void release() {
        if (taken > 0) {
            taken--;
        }
    }

    public void cancel() {
        cancelled = true;
    }

    public int getFree() {
        return Math.max(0, places - taken);
    }

    public boolean isOpen(Instant now) {
        return !cancelled && now.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getRecurrence() {
        return recurrence;
    }

    public int getPlaces() {
        return places;
    }

    public int getTaken() {
        return taken;
    }

    public String getRequestTracking() {
        return requestTracking;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }

    public long getVersion() {
        return version;
    }

    /** Started and not over yet at {@code now}: the list of what is coming marks it as under way (issue #22). */
    public boolean isUnderWay(Instant now) {
        return !startsAt.isAfter(now) && endsAt.isAfter(now);
    }
}

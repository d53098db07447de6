package org.ektefaa.volunteering.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.Encrypted;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;

/**
 * A volunteer, from the public registration to the coordinator's decision. The identity number is kept
 * encrypted with a keyed hash for finding duplicates, as for beneficiaries; consent to processing (PDPL) and
 * acceptance of the code of conduct are recorded with their time.
 */
@Entity
@Table(name = "vol_volunteer")
public class Volunteer implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String reference;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number_enc", nullable = false)
    private String idNumber;

    @Column(name = "id_number_hash", nullable = false)
    private String idNumberHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false)
    private String mobile;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Education education;

    private String interests;

    @Column(name = "available_days", nullable = false)
    private String availableDays;

    @Column(name = "available_times", nullable = false)
    private String availableTimes;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    private String experience;

    @Column(nullable = false)
    private String language;

    @Convert(converter = InstantConverter.class)
    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "conduct_at", nullable = false)
    private Instant conductAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VolunteerStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vol_volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "skill_code")
    private Set<String> skills = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "vol_review", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderBy("position")
    private List<ReviewEntry> review = new ArrayList<>();

    @Version
    private long version;

    protected Volunteer() {
    }

    /** What a person gives on the public registration page, already normalised and validated. */
    public record Details(String fullName, String idNumber, String idNumberHash, Gender gender, LocalDate birthDate,
                          String mobile, String email, String city, Education education, Set<String> skills,
                          String interests, Set<DayOfWeek> days, Set<TimeOfDay> times, int hoursPerMonth,
                          String experience, String language) {
    }

    public Volunteer(Details details, String provisionalReference, Instant at) {
        if (details.days().isEmpty() || details.times().isEmpty()) {
            throw new RuleViolation("volunteer.error.availability");
        }
        this.reference = provisionalReference;
        this.fullName = details.fullName();
        this.idNumber = details.idNumber();
        this.idNumberHash = details.idNumberHash();
        this.gender = details.gender();
        this.birthDate = details.birthDate();
        this.mobile = details.mobile();
        this.email = details.email();
        this.city = details.city();
        this.education = details.education();
        this.skills = new LinkedHashSet<>(details.skills());
        this.interests = details.interests();
        this.availableDays = text(details.days());
        this.availableTimes = text(details.times());
        this.hoursPerMonth = details.hoursPerMonth();
        this.experience = details.experience();
        this.language = details.language() == null ? "ar" : details.language();
        this.consentAt = at;
        this.conductAt = at;
        this.createdAt = at;
        this.status = VolunteerStatus.NEW;
    }

    /** The readable reference, once the row has its number: {@code V-000123}. */
    public void numbered() {
        this.reference = String.format("V-%06d", id);
    }

    /** The coordinator moves the application on, with a note; every move is kept. */
    public void review(VolunteerStatus next, String note, String by, Instant at) {
        if (next != status && !status.canMoveTo(next)) {
            throw new RuleViolation("volunteer.error.transition");
        }
        if (next == status && (note == null || note.isBlank())) {
            throw new RuleViolation("volunteer.error.noteRequired");
        }
        this.status = next;
        review.add(new ReviewEntry(review.size() + 1, at, by, next, note == null || note.isBlank() ? null : note.strip()));
    }

    public boolean isApproved() {
        return status == VolunteerStatus.APPROVED;
    }

    public boolean isAvailableOn(DayOfWeek day, TimeOfDay time) {
        return getDays().contains(day) && getTimes().contains(time);
    }

    public Set<DayOfWeek> getDays() {
        return parse(availableDays, DayOfWeek.class);
    }

    public Set<TimeOfDay> getTimes() {
        return parse(availableTimes, TimeOfDay.class);
    }

    private static String text(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String text, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(v -> Enum.valueOf(type, v)).forEach(set::add);
        }
        return set;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getFullName() {
        return fullName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getCity() {
        return city;
    }

    public Education getEducation() {
        return education;
    }

    public String getInterests() {
        return interests;
    }

    public int getHoursPerMonth() {
        return hoursPerMonth;
    }

    public String getExperience() {
        return experience;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }

    public List<ReviewEntry> getReview() {
        return List.copyOf(review);
    }

    public long getVersion() {
        return version;
    }
}

package org.ektefaa.volunteering.boundary;

import org.ektefaa.platform.api.Versioned;
import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.NationalId;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.platform.api.saudi.SaudiMobile;
import org.ektefaa.platform.api.saudi.SaudiMobiles;
import org.ektefaa.volunteering.control.VolunteerDirectory;
import org.ektefaa.volunteering.control.VolunteerMail;
import org.ektefaa.volunteering.api.VolunteerApproved;
import org.ektefaa.volunteering.api.VolunteerRecords;
import org.ektefaa.volunteering.api.VolunteerRegistered;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.HoursStatus;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Skill;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * Volunteers (policy §1, §4.6): registration from the public page (a duplicate identity number gets a polite
 * "already registered" and learns nothing), the coordinator's review NEW → INTERVIEW → APPROVED | DECLINED
 * with notes, personal sign-in links (one-time, expiring, only their hash kept) sent by e-mail on approval or
 * on request, the directory with filters, and the certificate data the reporting module prints.
 */
@ApplicationScoped
@Transactional
public class Volunteers implements VolunteerRecords {

    @Inject
    PersonalData personalData;

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @jakarta.inject.Inject
    org.ektefaa.volunteering.control.VolunteerAccess access;

    /** What the public registration page submits. */
    public record Registration(@NotBlank @Size(max = 200) String fullName,
                               @NotBlank @NationalId String idNumber,
                               @NotNull Gender gender,
                               @NotNull @Past LocalDate birthDate,
                               @NotBlank @SaudiMobile String mobile,
                               @NotBlank @Email @Size(max = 254) String email,
                               @NotBlank @Size(max = 80) String city,
                               @NotNull Education education,
                               @NotEmpty Set<String> skills,
                               @Size(max = 500) String interests,
                               @NotEmpty Set<DayOfWeek> days,
                               @NotEmpty Set<TimeOfDay> times,
                               @Min(1) @Max(200) int hoursPerMonth,
                               @Size(max = 2000) String experience,
                               @AssertTrue boolean consent,
                               @AssertTrue boolean conduct,
                               String language) {
    }

    private static final int MINIMUM_AGE = 15;

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<VolunteerRegistered> registered;

    @Inject
    Event<VolunteerApproved> approved;

    @Inject
    Event<Audited> audited;

    @PermitAll
    public Volunteer register(@NotNull @Valid Registration form) {
        if (form.birthDate().plusYears(MINIMUM_AGE).isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("volunteer.error.age", MINIMUM_AGE);
        }
        String id = NationalIds.normalise(form.idNumber());
        String hash = personalData.lookupHash(id);
        if (!em.createQuery("select v.id from Volunteer v where v.idNumberHash = :h", Long.class)
                .setParameter("h", hash).getResultList().isEmpty()) {
            throw new RuleViolation("volunteer.error.already");
        }
        Set<String> known = Set.copyOf(skillCodes());
        if (!known.containsAll(form.skills())) {
            throw new RuleViolation("volunteer.error.skill");
        }
        String mobile = SaudiMobiles.e164(form.mobile()).orElseThrow(() -> new RuleViolation("volunteer.error.mobile"));
        Instant now = clock.instant();
        Volunteer volunteer = new Volunteer(new Volunteer.Details(form.fullName().strip(), id, hash, form.gender(),
                form.birthDate(), mobile, form.email().strip().toLowerCase(Locale.ROOT), form.city().strip(),
                form.education(), form.skills(), blankToNull(form.interests()), form.days(), form.times(),
                form.hoursPerMonth(), blankToNull(form.experience()), form.language()),
                "T-" + UUID.randomUUID().toString().substring(0, 16), now);
        em.persist(volunteer);
        em.flush();
        volunteer.numbered();
        registered.fire(new VolunteerRegistered(volunteer.getId(), volunteer.getReference(), now));
        mail.tell(volunteer, "mail.registered", volunteer.getReference());
        return volunteer;
    }

    /** The coordinator moves the application on; approval sends the personal link. */
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public void review(long id, long expectedVersion, @NotNull VolunteerStatus next, String note) {
        String by = caller.name();
        Volunteer volunteer = forUpdate(id, expectedVersion);
        boolean approving = next == VolunteerStatus.APPROVED && !volunteer.isApproved();
        volunteer.review(next, note, by, clock.instant());
        audited.fire(new Audited(by, "VOLUNTEER_REVIEWED", "Volunteer", String.valueOf(id), next.name()));
        if (approving) {
            approved.fire(new VolunteerApproved(volunteer.getId(), volunteer.getReference(), clock.instant()));
            mail.sendLink(volunteer, "mail.approved");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public Optional<Volunteer> find(long id) {
        return Optional.ofNullable(em.find(Volunteer.class, id));
    }

    /** The volunteer with the coordinator's notes loaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public Optional<Volunteer> withReview(long id) {
        Optional<Volunteer> volunteer = find(id);
        volunteer.ifPresent(v -> v.getReview().size());
        return volunteer;
    }

    /** The directory: volunteers matching the filter, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public List<Volunteer> search(VolunteerDirectory.Filter filter, int first, int size) {
        return directory.search(filter, first, size);
    }

    /** How many volunteers the directory's filter matches (its pages are read one at a time). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.VOLUNTEER_COORDINATOR_NAME, Role.ADMIN_NAME})
    public long countMatching(VolunteerDirectory.Filter filter) {
        return directory.count(filter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long count(VolunteerStatus status) {
        return em.createQuery("select count(v) from Volunteer v where v.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<Skill> skills() {
        return em.createQuery("select s from Skill s where s.active = true order by s.code", Skill.class).getResultList();
    }

    private List<String> skillCodes() {
        return skills().stream().map(Skill::getCode).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public Optional<Certificate> certificate(long volunteerId) {
        access.requireSelfOrCoordinator(volunteerId);
        return find(volunteerId).filter(Volunteer::isApproved).map(v -> {
            List<Line> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Line line : em.createQuery("select new " + Line.class.getName() + "(h.opportunity.title, min(h.workedOn),"
                            + " max(h.workedOn), sum(h.hours)) from HoursEntry h where h.volunteer.id = :v and h.status = :s"
                            + " group by h.opportunity.id, h.opportunity.title order by min(h.workedOn)", Line.class)
                    .setParameter("v", volunteerId).setParameter("s", HoursStatus.APPROVED).getResultList()) {
                lines.add(line);
                total = total.add(line.hours());
            }
            return new Certificate(v.getId(), v.getReference(), v.getFullName(), v.getGender() == Gender.FEMALE,
                    v.getLanguage(), lines, total);
        });
    }

    private Volunteer forUpdate(long id, long expectedVersion) {
        Volunteer volunteer = em.find(Volunteer.class, id);
        if (volunteer == null) {
            throw new RuleViolation("volunteer.error.missing");
        }
        Versioned.asSeen(volunteer, expectedVersion);
        return volunteer;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Inject
    VolunteerDirectory directory;

    @Inject
    VolunteerMail mail;

    /** The e-mails to volunteers an administrator may reword. */
    @ApplicationScoped
    public static class EditableMails implements org.ektefaa.platform.api.MessageTexts.Editable {
        @Override
        public String bundle() {
            return "org.ektefaa.volunteering.i18n.messages";
        }

        @Override
        public String var() {
            return "vol";
        }

        @Override
        public List<String> keys() {
            return List.of("mail.registered.subject", "mail.registered.body", "mail.approved.subject", "mail.approved.body",
                    "mail.link.subject", "mail.link.body", "mail.invited.subject", "mail.invited.body");
        }
    }

}

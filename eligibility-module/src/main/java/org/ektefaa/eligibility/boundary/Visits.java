package org.ektefaa.eligibility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.control.VisitBook;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.StaffDirectory;
import org.ektefaa.platform.api.Versioned;

/**
 * The social research visit (issue #26). Reception or the executive sends a researcher (a relations officer's
 * account) to a household by a due date; the researcher sees the visits given to them, opens one on a phone with the
 * household's address, members and the criteria to check, records the findings and signs; the file is assessed again
 * at each step, so the queue shows "a home visit is due" and then what it found. Only the researcher a visit is given
 * to sees its address and signs it; the audit log notes each step without the findings' words.
 *
 * <p>A visit may be offered to approved volunteers instead ({@link Visit#VOLUNTEERS}): a field-visit opportunity is
 * opened in the volunteering module, the volunteer who takes its place becomes the researcher (and stops being it if
 * they give the place back), and does the same on the volunteers' own form ({@code /public/field-visit.xhtml}) through
 * {@link VolunteerVisits}, which decides who they are from the session their personal link opened.
 */
@ApplicationScoped
@Transactional
public class Visits {

    /** How far ahead a visit may be due. */
    static final int MAX_DAYS_AHEAD = 60;

    @Inject
    VisitBook book;

    @Inject
    Assessments assessments;

    @Inject
    BeneficiaryDirectory files;

    @Inject
    StaffDirectory staff;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    Event<org.ektefaa.eligibility.api.VisitRecorded> recorded;

    @Inject
    org.ektefaa.volunteering.api.FieldVisits fieldVisits;

    /** The page a volunteer who took a visit's opportunity opens for it. */
    static final String VOLUNTEER_FORM = "/public/field-visit.xhtml?id=";

    /** The opportunity's title, in the association's language (the coordinator's list, the volunteers' page). */
    static final String OPPORTUNITY_TITLE = "زيارة منزلية لأسرة (بحث اجتماعي)";

    /** Tells the reports of the visit's state (no findings, no person). */
    void recorded(Visit visit, java.time.Instant closedAt) {
        recorded.fire(new org.ektefaa.eligibility.api.VisitRecorded(visit.getId(), visit.getStatus().name(),
                visit.getAssignedAt(), visit.getDueOn(), closedAt,
                visit.getRecommendation() == null ? null : visit.getRecommendation().name(), clock.instant()));
    }

    /** What a researcher needs in front of them at the door. */
    public record Card(Visit visit, BeneficiarySummary file, BeneficiaryDirectory.HomeAddress address,
                       HouseholdFacts facts, Standing standing) implements java.io.Serializable {
    }

    /** Who a visit may be given to: the active relations officers, username to name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<String, String> researchers() {
        return staff.holdersOf(Role.RELATIONS_OFFICER);
    }

    /**
     * How a visit's researcher reads in a list: the employee's name, the volunteer's name for a visit a volunteer took
     * (with {@code volunteerWord} before it), or {@code offeredWords} while no volunteer has taken it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<String, String> researcherNames(java.util.Collection<Visit> shown, String offeredWords, String volunteerWord) {
        Map<String, String> names = new java.util.HashMap<>(researchers());
        names.put(Visit.VOLUNTEERS, offeredWords);
        java.util.List<Long> volunteers = shown.stream().map(Visit::volunteerId).flatMap(Optional::stream).distinct().toList();
        fieldVisits.names(volunteers).forEach((id, name) -> names.put(Visit.VOLUNTEERS + id, volunteerWord + " " + name));
        return names;
    }

    /** Sends a researcher to the household; refused while the file has a visit still to be done. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Visit assign(long fileId, String researcher, LocalDate dueOn, String reason) {
        if (files.householdFacts(fileId).isEmpty()) {
            throw new RuleViolation("eligibility.error.noFile");
        }
        String by = caller.name();
        checkResearcher(researcher, by);
        checkDue(dueOn);
        if (reason != null && reason.length() > 500) {
            throw new RuleViolation("visit.error.reason");
        }
        if (book.latest(fileId).filter(v -> v.getStatus() == org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED).isPresent()) {
            throw new RuleViolation("visit.error.open");
        }
        Visit visit = new Visit(fileId, researcher, dueOn, reason, by, clock.instant());
        book.keep(visit);
        if (Visit.VOLUNTEERS.equals(researcher)) {
            offer(visit, dueOn);
        }
        audited.fire(new Audited(by, "VISIT_ASSIGNED", "Beneficiary", String.valueOf(fileId),
                "visit " + visit.getId() + " to " + researcher + " by " + dueOn));
        recorded(visit, null);
        assessments.afterVisit(fileId, "VISIT_ASSIGNED");
        return visit;
    }

    /**
     * Opens the field-visit opportunity a visit offered to volunteers is taken through: one place, until the end of
     * the due day, in the household's city (never its address).
     */
    private void offer(Visit visit, LocalDate dueOn) {
        String city = files.householdFacts(visit.getFileId()).map(HouseholdFacts::city).filter(c -> !c.isBlank())
                .orElse("—");
        long opportunity = fieldVisits.offer(OPPORTUNITY_TITLE, city,
                dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), VOLUNTEER_FORM + visit.getId());
        visit.offeredThrough(opportunity);
        book.flush();
    }

    /** Gives the visit to another researcher, or a new due date (the one who assigned it, the executive, an administrator). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Visit reassign(long id, long version, String researcher, LocalDate dueOn) {
        Visit visit = Versioned.asSeen(book.forChange(id).orElse(null), version);
        String by = caller.name();
        mayChange(visit, by);
        checkResearcher(researcher, by);
        checkDue(dueOn);
        boolean offered = visit.isForVolunteers();
        if (offered && Visit.VOLUNTEERS.equals(researcher) && visit.volunteerId().isPresent()) {
            visit.moveDue(dueOn); // the volunteer who took it keeps it, by the new day
            fieldVisits.extend(visit.getOpportunityId(), dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        } else {
            if (visit.getOpportunityId() != null) {
                fieldVisits.withdraw(visit.getOpportunityId());
            }
            visit.reassign(researcher, dueOn);
            if (Visit.VOLUNTEERS.equals(researcher)) {
                offer(visit, dueOn);
            }
        }
        book.flush();
        audited.fire(new Audited(by, "VISIT_REASSIGNED", "Beneficiary", String.valueOf(visit.getFileId()),
                "visit " + id + " to " + researcher + " by " + dueOn));
        recorded(visit, null);
        assessments.afterVisit(visit.getFileId(), "VISIT_ASSIGNED");
        return visit;
    }

    /** Cancels a visit not done yet, with why (kept): the one who assigned it, the executive or an administrator. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Visit cancel(long id, long version, String why) {
        Visit visit = Versioned.asSeen(book.forChange(id).orElse(null), version);
        String by = caller.name();
        mayChange(visit, by);
        visit.cancel(why);
        if (visit.getOpportunityId() != null) {
            fieldVisits.withdraw(visit.getOpportunityId());
        }
        book.flush();
        audited.fire(new Audited(by, "VISIT_CANCELLED", "Beneficiary", String.valueOf(visit.getFileId()),
                "visit " + id));
        recorded(visit, clock.instant());
        assessments.afterVisit(visit.getFileId(), "VISIT_CANCELLED");
        return visit;
    }

    /** The visits given to the one signed in, still to be done, the earliest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Visit> mine() {
        return book.open(caller.name(), 200);
    }

    /** Everyone's visits still to be done, the earliest due first (who is behind, for reassigning). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Visit> everyonesOpen() {
        return book.open(null, 500);
    }

    /** {@code [to do, overdue]}: the signed-in researcher's own ({@code mine}) or everyone's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long[] counts(boolean mine) {
        return book.counts(mine ? caller.name() : null, LocalDate.now(clock));
    }

    /** A file's visits, newest first (the file's eligibility tab). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Visit> ofFile(long fileId) {
        return book.ofFile(fileId);
    }

    /**
     * The visit's card for the researcher it is given to, while it is to be done; anyone else is refused (the address
     * stays with them). Reading the address is written to the file's access log.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Card card(long id) {
        Visit visit = book.find(id).filter(v -> v.getAssignedTo().equals(caller.name()))
                .orElseThrow(() -> new RuleViolation("visit.error.notYours"));
        if (visit.getStatus() != org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED) {
            throw new RuleViolation("visit.error.closed");
        }
        long fileId = visit.getFileId();
        BeneficiarySummary summary = files.summary(fileId).orElseThrow(() -> new RuleViolation("eligibility.error.noFile"));
        return new Card(visit, summary, files.homeAddress(fileId).orElse(null),
                files.householdFacts(fileId).orElse(null), assessments.latest(fileId).orElse(null));
    }

    /** The researcher's findings and signature: the visit is done, and the file assessed again with what it found. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Visit sign(long id, long version, Visit.Report report) {
        String by = caller.name();
        Visit visit = book.forChange(id).filter(v -> v.getAssignedTo().equals(by))
                .orElseThrow(() -> new RuleViolation("visit.error.notYours"));
        Versioned.asSeen(visit, version);
        // only the criteria the file was assessed on are answered (a page cannot add others)
        java.util.Set<String> asked = assessments.latest(visit.getFileId()).map(s -> s.criteria().stream()
                .filter(l -> !l.code().startsWith("VISIT")).map(org.ektefaa.eligibility.control.Evaluation::findingKey)
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
        java.util.Map<String, Boolean> answered = new java.util.LinkedHashMap<>();
        report.findings().forEach((key, confirmed) -> {
            if (asked.contains(key)) {
                answered.put(key, confirmed);
            }
        });
        report = new Visit.Report(answered, report.membersSeen(), report.incomeSeen(), report.monthlyDebts(),
                report.housingCondition(), report.recommendation(), report.note(), report.location(), report.signedName(),
                report.drawing());
        visit.sign(report, clock.instant());
        book.flush();
        audited.fire(new Audited(by, "VISIT_SIGNED", "Beneficiary", String.valueOf(visit.getFileId()),
                "visit " + id + ", " + visit.getRecommendation()));
        recorded(visit, visit.getSignedAt());
        assessments.afterVisit(visit.getFileId(), "VISIT_SIGNED");
        return visit;
    }

    /** A researcher among the relations officers, and not the one assigning: nobody sends themself. */
    private void checkResearcher(String researcher, String by) {
        if (Visit.VOLUNTEERS.equals(researcher)) {
            return;
        }
        if (researcher == null || !researchers().containsKey(researcher)) {
            throw new RuleViolation("visit.error.researcher");
        }
        if (researcher.equals(by)) {
            throw new RuleViolation("visit.error.self");
        }
    }

    /** The one who assigned the visit, the executive or an administrator may change it; not the researcher alone. */
    private void mayChange(Visit visit, String by) {
        if (!visit.getAssignedBy().equals(by) && !caller.isSystemOrIn(Role.EXECUTIVE_NAME, Role.ADMIN_NAME)) {
            throw new RuleViolation("visit.error.notAssigner");
        }
    }

    private void checkDue(LocalDate dueOn) {
        LocalDate today = LocalDate.now(clock);
        if (dueOn == null || dueOn.isBefore(today) || dueOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleViolation("visit.error.due", MAX_DAYS_AHEAD);
        }
    }

    /** A file's latest visit not cancelled, for the pages that show it beside the assessment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Visit> latest(long fileId) {
        return book.latest(fileId);
    }
}

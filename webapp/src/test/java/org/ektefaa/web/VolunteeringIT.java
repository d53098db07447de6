package org.ektefaa.web;

import org.ektefaa.platform.api.PolicyClause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.boundary.Outbox;
import org.ektefaa.platform.entity.OutboxMessage;
import org.ektefaa.volunteering.control.VolunteerDirectory;
import org.ektefaa.volunteering.api.VolunteerHoursApproved;
import org.ektefaa.volunteering.api.VolunteerRecords;
import org.ektefaa.volunteering.api.VolunteerRegistered;
import org.ektefaa.volunteering.api.VolunteerSignedUp;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.VolunteerHours;
import org.ektefaa.volunteering.boundary.VolunteerLinks;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.HoursEntry;
import org.ektefaa.volunteering.entity.Opportunity;
import org.ektefaa.volunteering.entity.Volunteer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Volunteering inside Payara Micro against MariaDB (policy §1, §4.6): registration with a confirmation e-mail
 * through a real SMTP server, a duplicate answered politely, review to approval with a one-time personal link,
 * matching, two volunteers racing for the last place, hours approved with a correction, the certificate data.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class VolunteeringIT {

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    private static final Pattern LINK = Pattern.compile("/public/volunteer-home\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(VolunteeringIT.class, Events.class, FacesClient.class);
    }

    @ApplicationScoped
    public static class Events {
        private final List<Object> seen = new ArrayList<>();

        void on(@Observes VolunteerRegistered e) {
            seen.add(e);
        }

        void on(@Observes VolunteerSignedUp e) {
            seen.add(e);
        }

        void on(@Observes VolunteerHoursApproved e) {
            seen.add(e);
        }

        List<Object> seen() {
            return List.copyOf(seen);
        }
    }

    @Inject
    Volunteers volunteers;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    @Inject
    org.ektefaa.beneficiaries.boundary.BeneficiaryFiles files;

    @Inject
    org.ektefaa.eligibility.boundary.Visits visits;

    @Inject
    org.ektefaa.eligibility.boundary.VisitPhotos visitPhotos;

    @Inject
    org.ektefaa.platform.boundary.AuditLog auditLog;

    @Inject
    VolunteerLinks volunteerLinks;

    @Inject
    Opportunities opportunities;

    @Inject
    VolunteerHours volunteerHours;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Resource
    ManagedExecutorService executor;

    @Resource
    jakarta.transaction.UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    private static Volunteers.Registration registration(String name, String id, String email) {
        return new Volunteers.Registration(name, id, Gender.FEMALE, LocalDate.of(1995, 4, 30), "0551234567", email,
                "الرياض", Education.BACHELOR, Set.of("FIELD_VISITS", "DRIVING"), "الزيارات الميدانية",
                EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(TimeOfDay.class), 10, null, true, true, "ar");
    }

    /** An identity number no other test holds: the suite's classes share the database. */
    private static String anyId() {
        return org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                105_900_000L + new java.security.SecureRandom().nextInt(90_000));
    }

    private Volunteer approved(String name, String id, String email) {
        Volunteer v = volunteers.register(registration(name, id, email));
        volunteers.review(v.getId(), volunteers.find(v.getId()).orElseThrow().getVersion(), VolunteerStatus.APPROVED,
                "مقابلة ممتازة");
        return volunteers.find(v.getId()).orElseThrow();
    }

    private Opportunity opportunity(int places, Instant starts) {
        return opportunity(places, starts, Duration.ofHours(3));
    }

    private Opportunity opportunity(int places, Instant starts, Duration lasting) {
        return opportunities.create(new Opportunity.Plan("زيارة ميدانية لأسرة", "توصيل سلة غذائية", "حي النسيم", starts,
                starts.plus(lasting), "يوميًا", places, Set.of("FIELD_VISITS"), null));
    }

    private String linkFor(String reference, String bodyContains) {
        for (OutboxMessage message : outbox.about(reference)) {
            Matcher m = LINK.matcher(message.body(personalData));
            if (message.body(personalData).contains(bodyContains) && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    @Test
    @PolicyClause("4.6")
    void aPersonRegistersGetsAConfirmationByEmailAndADuplicateLearnsNothing() throws Exception {
        Volunteer v = volunteers.register(registration("هند سعد القحطاني", "١٠٥٠٠٠٠٠٠٧", "Hind@Example.sa"));
        assertThat(v.getReference()).matches("V-\\d{6}");
        assertThat(v.getStatus()).isEqualTo(VolunteerStatus.NEW);
        assertThat(events.seen()).anyMatch(e -> e instanceof VolunteerRegistered r && r.volunteerId() == v.getId());
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id_number_enc from vol_volunteer where id = ?")) {
            q.setLong(1, v.getId());
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).doesNotContain("1050000007");
            }
        }
        GreenMail smtp = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            OutboxMessage confirmation = outbox.about(v.getReference()).get(0);
            outbox.send(confirmation.getId());
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("طلب التطوع", v.getReference());
            assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("hind@example.sa");
        } finally {
            smtp.stop();
        }
        assertThatThrownBy(() -> volunteers.register(registration("اسم آخر", "1050000007", "other@example.sa")))
                .isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("volunteer.error.already"));
        assertThatThrownBy(() -> volunteers.register(registration("رقم خطأ", "1050000008", "x@example.sa")))
                .as("a wrong check digit is refused at the boundary").isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void approvalSendsAOneTimePersonalLink() {
        Volunteer v = volunteers.register(registration("نوف علي", "1050000015", "nouf@example.sa"));
        assertThatThrownBy(() -> volunteers.review(v.getId(), v.getVersion(), VolunteerStatus.NEW, null))
                .isInstanceOf(RuleViolation.class);
        volunteers.review(v.getId(), v.getVersion(), VolunteerStatus.INTERVIEW, "موعد المقابلة الأحد");
        assertThat(linkFor(v.getReference(), "/public/volunteer-home")).as("no link before approval").isNull();
        volunteers.review(v.getId(), volunteers.find(v.getId()).orElseThrow().getVersion(), VolunteerStatus.APPROVED,
                null);
        assertThat(volunteers.withReview(v.getId()).orElseThrow().getReview()).extracting(r -> r.getStatus())
                .containsExactly(VolunteerStatus.INTERVIEW, VolunteerStatus.APPROVED);
        String token = linkFor(v.getReference(), "قُبل");
        assertThat(token).isNotNull();
        assertThat(volunteerLinks.signIn(token)).contains(v.getId());
        assertThat(volunteerLinks.signIn(token)).as("used once").isEmpty();

        volunteerLinks.requestLink("NOUF@example.sa");
        String second = linkFor(v.getReference(), "هذا رابط صفحتك");
        assertThat(second).isNotNull().isNotEqualTo(token);
        assertThat(volunteerLinks.signIn(second)).contains(v.getId());
        volunteerLinks.requestLink("nobody@example.sa");
    }

    @Test
    void twoVolunteersRacingForTheLastPlaceNeverBothGetIt() throws Exception {
        Volunteer first = approved("منى خالد", "1050000023", "mona@example.sa");
        Volunteer second = approved("ريم فهد", "1050000031", "reem@example.sa");
        Opportunity last = opportunity(1, Instant.now().plus(Duration.ofDays(3)));
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (Volunteer v : List.of(first, second)) {
                // each thread stands for one volunteer's own session (the boundary lets the volunteer or a coordinator in)
                Callable<String> take = () -> org.ektefaa.platform.api.SystemActor.call("volunteer " + v.getReference(), () -> {
                    start.await();
                    try {
                        opportunities.signUp(v.getId(), last.getId());
                        return "ok";
                    } catch (RuleViolation full) {
                        return full.messageKey();
                    }
                });
                results.add(executor.submit(take));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new AssertionError(e.getCause());
                }
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "opportunity.error.full");
            // Read back in a transaction of this thread: the managed executor's tasks shared (and closed) the
            // request's non-transactional persistence context.
            transaction.begin();
            try {
                assertThat(opportunities.find(last.getId()).orElseThrow().getTaken()).isEqualTo(1);
                assertThat(opportunities.signups(last.getId()).stream().filter(s -> s.holdsAPlace())).hasSize(1);
                // free the place again for the next round
                long holder = opportunities.signups(last.getId()).stream().filter(s -> s.holdsAPlace()).findFirst()
                        .orElseThrow().getVolunteer().getId();
                opportunities.withdraw(holder, last.getId());
                assertThat(opportunities.find(last.getId()).orElseThrow().getFree()).isEqualTo(1);
            } finally {
                transaction.commit();
            }
        }
    }

    @Test
    @PolicyClause("4.6")
    @PolicyClause("3.4")
    void matchingInvitingHoursAndTheCertificate() throws SQLException {
        Volunteer v = approved("سلمى ناصر", "1050000049", "salma@example.sa");
        Instant started = LocalDate.now(ZoneId.of("Asia/Riyadh")).minusDays(2).atTime(9, 0)
                .atZone(ZoneId.of("Asia/Riyadh")).toInstant();
        Opportunity visit = opportunity(3, started, Duration.ofDays(7)); // a week-long campaign, begun two days ago
        assertThat(opportunities.match(visit.getId())).extracting(m -> m.volunteer().getId()).contains(v.getId());
        // the directory filters by day and time of day in the database, and counts what it pages through
        java.time.DayOfWeek free = v.getDays().iterator().next();
        org.ektefaa.volunteering.entity.Enums.TimeOfDay when = v.getTimes().iterator().next();
        VolunteerDirectory.Filter available = new VolunteerDirectory.Filter(VolunteerStatus.APPROVED, null, null, free, when);
        assertThat(volunteers.search(available, 0, 5000)).extracting(Volunteer::getId).contains(v.getId())
                .hasSize((int) volunteers.countMatching(available));
        java.util.EnumSet<java.time.DayOfWeek> busy = java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(v.getDays()));
        if (!busy.isEmpty()) {
            VolunteerDirectory.Filter unavailable = new VolunteerDirectory.Filter(VolunteerStatus.APPROVED, null, null, busy.iterator().next(), null);
            assertThat(volunteers.search(unavailable, 0, 5000)).extracting(Volunteer::getId).doesNotContain(v.getId())
                    .hasSize((int) volunteers.countMatching(unavailable));
        }
        opportunities.invite(visit.getId(), v.getId());
        assertThat(linkFor(v.getReference(), "زيارة ميدانية لأسرة")).as("the invitation carries a personal link").isNotNull();
        assertThat(opportunities.match(visit.getId())).extracting(m -> m.volunteer().getId()).doesNotContain(v.getId());
        opportunities.signUp(v.getId(), visit.getId());
        assertThat(events.seen()).anyMatch(e -> e instanceof VolunteerSignedUp s && s.volunteerId() == v.getId()
                && s.opportunityId() == visit.getId());

        LocalDate day = LocalDate.now(ZoneId.of("Asia/Riyadh")).minusDays(1);
        assertThatThrownBy(() -> volunteerHours.logHours(v.getId(), visit.getId(), day, new BigDecimal("20"), null))
                .isInstanceOf(RuleViolation.class);
        HoursEntry logged = volunteerHours.logHours(v.getId(), visit.getId(), day, new BigDecimal("3.5"), "توصيل");
        HoursEntry pending = volunteerHours.pendingHours(500).stream().filter(h -> h.getId().equals(logged.getId()))
                .findFirst().orElseThrow();
        volunteerHours.approveHours(pending.getId(), pending.getVersion(), new BigDecimal("3.00"));
        assertThat(events.seen()).anyMatch(e -> e instanceof VolunteerHoursApproved h && h.hoursId() == logged.getId()
                && h.hours().compareTo(new BigDecimal("3")) == 0);
        assertThatThrownBy(() -> volunteerHours.approveHours(pending.getId(), pending.getVersion() + 1, null))
                .isInstanceOf(RuleViolation.class);

        VolunteerRecords.Certificate certificate = volunteers.certificate(v.getId()).orElseThrow();
        assertThat(certificate.totalHours()).isEqualByComparingTo("3");
        assertThat(certificate.lines()).singleElement().satisfies(l -> {
            assertThat(l.opportunity()).isEqualTo("زيارة ميدانية لأسرة");
            assertThat(l.firstDay()).isEqualTo(day);
        });
        assertThat(certificate.female()).isTrue();
        assertThat(volunteerHours.totalsPerVolunteer()).anyMatch(t -> t.label().equals("سلمى ناصر")
                && t.hours().compareTo(new BigDecimal("3")) == 0);
        assertThat(volunteerHours.totalsPerOpportunity()).anyMatch(t -> t.label().equals("زيارة ميدانية لأسرة"));
        // the running totals the hours page ranks by are exactly the sums of the approved entries (issue #19)
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(
                "select (select count(*) from vol_approved_totals t where t.entries <> (select count(*) from vol_hours h"
                        + " where h.status = 'APPROVED' and case t.owner when 'VOLUNTEER' then h.volunteer_id"
                        + " else h.opportunity_id end = t.owner_id) or t.hours <> (select sum(h.hours) from vol_hours h"
                        + " where h.status = 'APPROVED' and case t.owner when 'VOLUNTEER' then h.volunteer_id"
                        + " else h.opportunity_id end = t.owner_id)),"
                        + " (select count(*) from vol_approved_totals where owner = 'VOLUNTEER'),"
                        + " (select count(distinct volunteer_id) from vol_hours where status = 'APPROVED')")) {
            rs.next();
            assertThat(rs.getLong(1)).as("totals that differ from the entries' sums").isZero();
            assertThat(rs.getLong(2)).as("a total for every volunteer with approved hours").isEqualTo(rs.getLong(3)).isPositive();
        }
    }

    @Test
    void aDeclinedOrNewVolunteerHasNoCertificateAndCannotTakePart() throws SQLException {
        Volunteer v = volunteers.register(registration("جديدة", "1050000056", "new@example.sa"));
        assertThat(volunteers.certificate(v.getId())).isEmpty();
        Opportunity any = opportunity(2, Instant.now().plus(Duration.ofDays(5)));
        assertThatThrownBy(() -> opportunities.signUp(v.getId(), any.getId()))
                .isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("volunteer.error.notApproved"));
    }

    /**
     * Issue #26: a home visit offered to approved volunteers. Staff offer it from the file; a field-visit opportunity
     * appears (one place, the city only, never the address); the volunteer who takes the place is the visit's researcher,
     * and stops being it when they give the place back. Over HTTP, in the session their personal link opened, the one
     * who holds it reads the household and its photos and signs on the volunteers' own form; another volunteer, and
     * the first once they gave the place back, get the refusal and nothing of the household. Signed, the file is
     * assessed again and the volunteer no longer reads it. Cancelling a visit still offered withdraws its opportunity.
     */
    @Test
    @org.ektefaa.platform.api.PolicyClause("3.4")
    @org.ektefaa.platform.api.PolicyClause("5.2")
    void aHomeVisitOfferedToVolunteersIsDoneByTheOneWhoHoldsItsPlace() throws Exception {
        Volunteer first = approved("هند سالم العتيبي", anyId(), "hind@example.sa");
        Volunteer second = approved("أروى فهد القرني", anyId(), "arwa@example.sa");
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                106_000_000L + new java.security.SecureRandom().nextInt(900_000)));
        form.setFirstName("موضي");
        form.setFatherName("سعد");
        form.setGrandfatherName("علي");
        form.setFamilyName("البقمي");
        form.setCity("الرياض");
        form.setDistrict("حي الشفا الجنوبي");
        form.setMobile("0551230099");
        long file = files.start(form).getId();
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Asia/Riyadh")).plusDays(5);

        var visit = visits.assign(file, org.ektefaa.eligibility.entity.Visit.VOLUNTEERS, due, "أسرة أرملة: يُفضّل متطوعة");
        assertThat(visit.getAssignedTo()).isEqualTo("volunteer:");
        Opportunity offered = opportunities.find(visit.getOpportunityId()).orElseThrow();
        assertThat(offered.getSkills()).containsExactly("FIELD_VISITS");
        assertThat(offered.getPlaces()).isEqualTo(1);
        assertThat(offered.getPlace()).isEqualTo("الرياض").doesNotContain("الشفا");
        assertThat(offered.getWorkLink()).isEqualTo("/public/field-visit.xhtml?id=" + visit.getId());
        assertThat(opportunities.upcoming(500)).extracting(Opportunity::getId).contains(offered.getId());

        opportunities.signUp(first.getId(), offered.getId());
        assertThat(visits.latest(file).orElseThrow().getAssignedTo()).isEqualTo("volunteer:" + first.getId());
        opportunities.withdraw(first.getId(), offered.getId());
        assertThat(visits.latest(file).orElseThrow().getAssignedTo()).as("offered again").isEqualTo("volunteer:");
        // the coordinator edits or cancels it only through the visit, and a volunteer takes it only when invited
        assertThatThrownBy(() -> opportunities.cancel(offered.getId(), opportunities.find(offered.getId()).orElseThrow()
                .getVersion())).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("opportunity.error.work"));
        FacesClient holder = volunteerSession(second);
        assertThat(holder.get("public/volunteer-home.xhtml").body()).as("not among the open opportunities")
                .doesNotContain(offered.getTitle());
        opportunities.invite(offered.getId(), second.getId());
        assertThat(holder.get("public/volunteer-home.xhtml").body()).contains(offered.getTitle());
        var accepted = holder.submit("home", java.util.Map.of("home:mine:0:accept", ""));
        assertThat(accepted.statusCode()).isLessThan(400);
        var taken = visits.latest(file).orElseThrow();
        assertThat(taken.getAssignedTo()).isEqualTo("volunteer:" + second.getId());
        assertThat(visits.researcherNames(List.of(taken), "معروضة", "المتطوعة"))
                .containsEntry("volunteer:" + second.getId(), "المتطوعة أروى فهد القرني");
        assertThat(auditLog.about("Beneficiary", String.valueOf(file))).extracting(e -> e.getAction())
                .contains("VISIT_ASSIGNED", "VISIT_TAKEN_BY_VOLUNTEER", "VISIT_GIVEN_BACK_BY_VOLUNTEER");

        FacesClient gaveBack = volunteerSession(first);
        long photo = org.ektefaa.platform.api.SystemActor.supply("volunteer:" + second.getId(),
                () -> visitPhotos.add(taken.getId(), TestImages.png(30, 20))).getId();
        for (FacesClient refused : List.of(gaveBack, new FacesClient(base.toString()))) {
            var page = refused.get("public/field-visit.xhtml?id=" + taken.getId());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("الشفا").doesNotContain("البقمي").doesNotContain("551230099")
                    .contains("هذه الزيارة مسندة إلى باحث آخر");
            assertThat(refused.get("public/field-visit-photo?id=" + photo).statusCode()).isEqualTo(404);
        }
        var mine = holder.get("public/field-visit.xhtml?id=" + taken.getId());
        assertThat(mine.body()).contains("حي الشفا الجنوبي").contains("البقمي").contains("id=\"visit:sign\"");
        assertThat(holder.get("public/field-visit-photo?id=" + photo).statusCode()).isEqualTo(200);
        assertThat(holder.get("eligibility/visit-photo?id=" + photo).statusCode()).as("not the staff's address")
                .isEqualTo(302);

        // signed on the volunteers' form: findings, the state of the home, a recommendation, a name and a drawing
        holder.get("public/field-visit.xhtml?id=" + taken.getId());
        List<String[]> fields = new ArrayList<>();
        for (String[] field : holder.inputs("visit")) {
            if (field[0].endsWith(":housing") || field[0].endsWith(":recommendation")) {
                continue;
            }
            if (field[0].endsWith(":finding")) {
                field[1] = "CONFIRMED";
            } else if (field[0].endsWith(":signedName")) {
                field[1] = "موظفة الجمعية";
            } else if (field[0].startsWith("visit:pad")) {
                field[1] = "data:image/png;base64," + "iVBORw0KGgo".repeat(30);
            }
            fields.add(field);
        }
        fields.add(new String[] {"visit:housing", "FAIR"});
        fields.add(new String[] {"visit:recommendation", "SUPPORT"});
        fields.add(new String[] {"visit:sign", ""});
        var signed = holder.submit("visit", fields);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
        assertThat(signed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("volunteer-home"));
        var done = visits.latest(file).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(org.ektefaa.eligibility.entity.VisitStatus.DONE);
        assertThat(done.getSignedName()).as("the volunteer's own name, whatever the page sent").isEqualTo("أروى فهد القرني");
        assertThat(holder.get("public/field-visit.xhtml?id=" + taken.getId()).body()).doesNotContain("الشفا");
        assertThat(holder.get("public/field-visit-photo?id=" + photo).statusCode()).as("signed: the association's")
                .isEqualTo(404);

        // a volunteer declined while holding a visit no longer reads it; a new due day moves the opportunity's end
        Volunteer third = approved("رهف سعود الدوسري", anyId(), "rahaf@example.sa");
        long another = files.start(formFor("الجوهرة")).getId();
        var held = visits.assign(another, org.ektefaa.eligibility.entity.Visit.VOLUNTEERS, due, null);
        opportunities.signUp(third.getId(), held.getOpportunityId());
        FacesClient declined = volunteerSession(third);
        assertThat(declined.get("public/field-visit.xhtml?id=" + held.getId()).body()).contains("id=\"visit:sign\"");
        var heldNow = visits.latest(another).orElseThrow();
        visits.reassign(heldNow.getId(), heldNow.getVersion(), org.ektefaa.eligibility.entity.Visit.VOLUNTEERS,
                due.plusDays(3));
        assertThat(visits.latest(another).orElseThrow().getAssignedTo()).isEqualTo("volunteer:" + third.getId());
        assertThat(opportunities.find(held.getOpportunityId()).orElseThrow().getEndsAt())
                .isEqualTo(due.plusDays(4).atStartOfDay(java.time.ZoneId.of("Asia/Riyadh")).toInstant());
        volunteers.review(third.getId(), volunteers.find(third.getId()).orElseThrow().getVersion(),
                VolunteerStatus.DECLINED, "لم تعد متاحة");
        assertThat(declined.get("public/field-visit.xhtml?id=" + held.getId()).body()).doesNotContain("visit:sign")
                .doesNotContain("البقمي");

        // a visit still offered, cancelled: its opportunity goes with it
        long other = files.start(formFor("نوف")).getId();
        var second2 = visits.assign(other, org.ektefaa.eligibility.entity.Visit.VOLUNTEERS, due, null);
        visits.cancel(second2.getId(), second2.getVersion(), "زارتها موظفة الاستقبال في الجمعية");
        assertThat(opportunities.find(second2.getOpportunityId()).orElseThrow().isCancelled()).isTrue();
    }

    private static org.ektefaa.beneficiaries.boundary.FileForm formFor(String firstName) {
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                106_000_000L + new java.security.SecureRandom().nextInt(900_000)));
        form.setFirstName(firstName);
        form.setFatherName("سعد");
        form.setGrandfatherName("علي");
        form.setFamilyName("البقمي");
        form.setCity("الرياض");
        return form;
    }

    /** A browser session opened with the personal link the volunteer's approval e-mail carried. */
    private FacesClient volunteerSession(Volunteer volunteer) {
        String token = linkFor(volunteer.getReference(), "/public/volunteer-home");
        assertThat(token).isNotNull();
        FacesClient client = new FacesClient(base.toString());
        client.get("public/volunteer-home.xhtml?t=" + token);
        assertThat(client.get("public/volunteer-home.xhtml").body()).contains(volunteer.getFullName());
        return client;
    }
}

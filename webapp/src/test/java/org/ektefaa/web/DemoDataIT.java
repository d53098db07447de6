package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.control.Clocks;
import org.ektefaa.platform.control.DemoData;
import org.ektefaa.reporting.control.Figures;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.satisfaction.boundary.Invitations;
import org.ektefaa.requests.control.RequestCounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo switch fills every module through its boundaries, so the events fire and the reports' facts fill:
 * requests in every state, survey answers, volunteers and hours, one account per role; a second start adds
 * nothing. The dashboard's status counters equal a count of the files and requests afterwards (issue #19), and the
 * open requests it adds are as many on the dashboard, in the request list and in the board report (issue #21).
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClass(DemoDataIT.class);
    }

    @Inject
    DemoData demo;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    RequestQueries queries;

    @Inject
    Figures figures;

    @Inject
    Clock clock;

    @Inject
    Clocks clocks;

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    Invitations invitations;

    /**
     * The open requests as the dashboard counts them (per status), as the request list filters them, and as the board
     * report counts them at the end of a period that ends today: one definition of "open" (issue #21).
     */
    private long[] openEverywhere() {
        LocalDate today = LocalDate.now(clock);
        return new long[] {queries.openByStatus().values().stream().mapToLong(Long::longValue).sum(),
            queries.count(RequestQueries.Filter.ALL.openOnly(true)),
            figures.backlogAt(new Period(today.minusDays(30), today))};
    }

    /**
     * Five inquiries answered forty days ago, whose survey invitations were never answered and have expired (their
     * links live fourteen days): the ids, comma-separated.
     */
    private String expiredInvitations() {
        clocks.pin(clock.instant().minus(java.time.Duration.ofDays(40)));
        try {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long id = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.PHONE_CALL, null,
                        "استفسار سابق", "055987700" + i, "طلب", null, null)).getId();
                handling.answer(id, version(id), "الجواب", null, null);
                handling.close(id, version(id));
                invitations.invitationsFor(id).forEach(invitation -> ids.add(invitation.getId()));
            }
            assertThat(ids).as("the old inquiries' invitations").hasSize(5);
            return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        } finally {
            clocks.release();
        }
    }

    private long version(long id) {
        return queries.find(id).map(org.ektefaa.requests.entity.AidRequest::getVersion).orElseThrow();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theDemoDataFillsEveryModuleOnce() throws SQLException {
        String expired = expiredInvitations();
        long requestsBefore = count("select count(*) from req_request");
        long[] openBefore = openEverywhere();
        assertThat(demo.load()).isTrue();
        long[] openAfter = openEverywhere();
        long openedByDemo = openAfter[0] - openBefore[0];
        assertThat(openedByDemo).as("open requests in the demo data, on the dashboard").isPositive();
        assertThat(openAfter[1] - openBefore[1]).as("the same in the request list's open filter").isEqualTo(openedByDemo);
        assertThat(openAfter[2] - openBefore[2]).as("the same in the board report, open at the end of a period ending today")
                .isEqualTo(openedByDemo);
        assertThat(count("select count(*) from req_request") - requestsBefore).isGreaterThanOrEqualTo(160);
        assertThat(count("select count(*) from req_request where created_by = 'demo.reception' and rejection_code is not null"))
                .as("rejected with a listed reason, then closed").isPositive();
        assertThat(count("select count(*) from req_delivery d join req_request r on r.id = d.request_id"
                + " where r.created_by = 'demo.reception'")).as("deliveries").isPositive();
        for (String status : new String[] {"RECEIVED", "RAISED", "APPROVED", "CLOSED"}) {
            assertThat(count("select count(*) from req_request where created_by = 'demo.reception' and status = '" + status + "'"))
                    .as(status).isPositive();
        }
        assertThat(count("select count(*) from sat_response r join sat_invitation i on i.id = r.invitation_id"
                + " where i.served_by = 'demo.reception'")).isGreaterThan(20);
        assertThat(count("select count(*) from vol_volunteer where email like '%@demo.ektefaa.local' and status = 'APPROVED'"))
                .isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from vol_hours h join vol_volunteer v on v.id = h.volunteer_id"
                + " where v.email like '%@demo.ektefaa.local' and h.status = 'APPROVED'")).isPositive();
        assertThat(count("select count(*) from plt_user where username like 'demo.%' and must_change_password = false"))
                .isEqualTo(DemoData.ACCOUNTS.size());
        assertThat(count("select count(*) from rep_request_fact")).isGreaterThanOrEqualTo(160);

        // beneficiary files: registered through the registration decisions, a few still at the reception
        assertThat(count("select count(*) from ben_beneficiary where created_by = 'demo.reception'")).isEqualTo(318);
        // twelve of them registered twice, each pair raised by the duplicate check (issue #24), and every other kind of
        // reason seen too: a son listing his mother (her identity number in both files), a sister with the same mobile
        assertThat(count("select count(*) from ben_duplicate d join ben_beneficiary b on b.id = d.other_id"
                + " where b.created_by = 'demo.reception' and d.status = 'OPEN' and d.reasons like '%NAME_BIRTH%'"
                + " and d.reasons like '%MOBILE%'")).isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from ben_duplicate d join ben_beneficiary b on b.id = d.other_id"
                + " where b.created_by = 'demo.reception' and d.status = 'OPEN' and d.reasons like '%IDENTITY%'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from ben_duplicate d join ben_beneficiary b on b.id = d.other_id"
                + " where b.created_by = 'demo.reception' and d.status = 'OPEN' and d.reasons = 'MOBILE'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from ben_beneficiary where created_by = 'demo.reception' and status = 'REGISTERED'"))
                .isGreaterThan(200);
        assertThat(count("select count(*) from ben_beneficiary where created_by = 'demo.reception' and status = 'INCOMPLETE'"
                + " or created_by = 'demo.reception' and status = 'DRAFT'")).isPositive();
        assertThat(count("select count(*) from ben_household_member m join ben_beneficiary b on b.id = m.beneficiary_id"
                + " where b.created_by = 'demo.reception'")).isGreaterThan(300);
        assertThat(count("select count(*) from req_request where created_by = 'demo.reception' and type = 'SUPPORT'"
                + " and beneficiary_id is not null")).as("support requests from registered files").isPositive();

        // spread over the past months, not all "now": requests in at least five different months, some overdue
        assertThat(count("select count(distinct date_format(created_at, '%Y-%m')) from req_request"
                + " where created_by = 'demo.reception'")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from req_request where created_by = 'demo.reception' and status = 'RAISED'"
                + " and due_date < current_date")).as("overdue").isPositive();
        assertThat(count("select count(*) from rep_request_fact where met_deadline = false")).as("late decisions").isPositive();
        assertThat(count("select count(distinct date_format(answered_at, '%Y-%m')) from sat_response"))
                .as("survey answers over the months").isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct date_format(worked_on, '%Y-%m')) from vol_hours")).isGreaterThanOrEqualTo(3);

        // the dashboard's counters, kept as the boundaries moved every file and request, equal a count of the rows
        // (every finished request under CLOSED: a registration once decided, any other once closed)
        for (String[] counted : new String[][] {{"req_status_counts", RequestCounts.COUNTED_AS, "req_request"},
            {"ben_status_counts", "status", "ben_beneficiary"}}) {
            String rows = "(select " + counted[1] + " as status, count(*) c from " + counted[2] + " group by " + counted[1] + ")";
            assertThat(count("select count(*) from " + rows + " s"
                    + " left join (select status, sum(n) n from " + counted[0] + " group by status) k on k.status = s.status"
                    + " where k.n is null or k.n <> s.c")).as(counted[0] + " against " + counted[2]).isZero();
            assertThat(count("select count(*) from (select status, sum(n) n from " + counted[0] + " group by status) k"
                    + " where k.n <> 0 and k.status not in (select status from " + rows + " s)"))
                    .as(counted[0] + " counts nothing that is not there").isZero();
        }

        // home visits (issue #26): signed ones feeding the assessment, a late one, one to come
        assertThat(count("select count(*) from elg_visit where assigned_by = 'demo.executive' and status = 'DONE'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from elg_visit where assigned_by = 'demo.executive' and status = 'ASSIGNED'"
                + " and due_on < current_date")).as("late").isEqualTo(1);
        assertThat(count("select count(*) from elg_assessment a join elg_visit v on v.file_id = a.file_id"
                + " where v.assigned_by = 'demo.executive' and a.made_for = 'VISIT_SIGNED'")).isEqualTo(3);
        // two offered to approved volunteers through field-visit opportunities: one taken by a volunteer, one waiting
        // (the demo's own: other test classes share this database and offer visits of their own)
        assertThat(count("select count(*) from elg_visit where assigned_to = 'volunteer:' and status = 'ASSIGNED'"
                + " and opportunity_id is not null and assigned_by = 'demo.reception'")).as("offered, not taken yet")
                .isEqualTo(1);
        assertThat(count("select count(*) from elg_visit v join vol_signup s on s.opportunity_id = v.opportunity_id"
                + " where v.assigned_to = concat('volunteer:', s.volunteer_id) and s.status = 'SIGNED_UP'"
                + " and v.assigned_by = 'demo.reception'"))
                .as("taken by the volunteer who holds its place").isEqualTo(1);

        // renewals (issue #26): four registered households whose eligibility ends within 30 days, two whose has ended,
        // three asked by message; each assessed again within its period
        assertThat(count("select count(*) from elg_renewal where valid_until between current_date"
                + " and date_add(current_date, interval 30 day) and registered_at < date_sub(current_date, interval 300 day)"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from elg_renewal where valid_until < current_date")).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from elg_renewal where asked_by = 'demo.reception'")).isEqualTo(3);
        assertThat(count("select count(*) from elg_renewal r where r.valid_until < current_date and r.valid_until <>"
                + " (select a.valid_until from elg_assessment a where a.file_id = r.file_id order by a.id desc limit 1)"))
                .as("the latest assessment holds until the period's end").isZero();

        // the demo may load into a database in use: invitations from before are people's, and stay as they were (the
        // demo once answered them on its moving clock; a timer that expired one meanwhile stopped the demo). Sent, or
        // expired: the hourly timer (at minute 7) may run during the test and expire them, as their links have
        assertThat(count("select count(*) from sat_invitation where id in (" + expired + ") and status in ('SENT', 'EXPIRED')"))
                .as("invitations from before the demo, still unanswered").isEqualTo(expired.split(",").length);

        long after = count("select count(*) from req_request");
        assertThat(demo.load()).as("a second start").isFalse();
        assertThat(count("select count(*) from req_request")).isEqualTo(after);
    }

    /**
     * Issue #22: in Arabic, on every page each demo account reaches from its menu (and a file and a request with their
     * tabs) and on every public page, no tracking number, reference, clause sign, mobile, date or e-mail address is
     * left where the bidirectional algorithm would reorder it, and every digit is in the profile's style (Latin by
     * default; with Arabic-Indic chosen on the settings page, the request list's counts and dates follow and its
     * tracking numbers stay Latin). A screenshot of each page is kept. Runs after the demo data is loaded (the test
     * above), on purpose.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    @org.jboss.arquillian.container.test.api.RunAsClient
    void everyPageReadsInOrderInArabic(@org.jboss.arquillian.test.api.ArquillianResource java.net.URL base)
            throws SQLException {
        String file;
        String request;
        try (Connection c = testDatabase();
             java.sql.Statement q = c.createStatement()) {
            // a file that may be the same person as another, so that its warning is read too (issue #24)
            file = first(q, "select max(b.id) from ben_beneficiary b where b.created_by = 'demo.reception'"
                    + " and b.status = 'REGISTERED'"
                    + " and exists (select 1 from ben_duplicate d where d.status = 'OPEN' and b.id in (d.file_id, d.other_id))");
            if ("0".equals(file)) {
                file = first(q, "select max(b.id) from ben_beneficiary b join req_request r on r.beneficiary_id = b.id"
                        + " where b.created_by = 'demo.reception' and b.status = 'REGISTERED' and r.type = 'SUPPORT'");
            }
            request = first(q, "select max(id) from req_request where created_by = 'demo.reception' and type = 'SUPPORT'"
                    + " and status = 'CLOSED'");
        }
        java.util.List<String> problems = ArabicPages.unisolatedRuns(base, file, request);
        assertThat(problems).as("left-to-right runs the Arabic pages would reorder, digits not in Latin").isEmpty();
        assertThat(ArabicPages.arabicIndicDigits(base)).as("the profile's Arabic-Indic digits").isEmpty();
    }

    /**
     * Issue #26, walked as the volunteer would: the demo's home visit offered to volunteers was taken by one; on her
     * phone she asks for her personal link again (the demo's is months old), opens her page, finds "Open the visit
     * form" on the place she holds, and reads the household and the form at 360 px — nothing off the screen, no serious
     * accessibility problem, her own name already in the signature.
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    @org.jboss.arquillian.container.test.api.RunAsClient
    void theVolunteerWhoTookAHomeVisitOpensItsFormOnAPhone(@org.jboss.arquillian.test.api.ArquillianResource java.net.URL base)
            throws Exception {
        String reference;
        String email;
        String name;
        try (Connection c = testDatabase();
             java.sql.Statement q = c.createStatement();
             ResultSet rs = q.executeQuery("select v.reference, v.email, v.full_name from elg_visit e join vol_volunteer v"
                     + " on e.assigned_to = concat('volunteer:', v.id) where e.status = 'ASSIGNED'"
                     + " and e.assigned_by = 'demo.reception'")) {
            assertThat(rs.next()).as("the demo's visit a volunteer took").isTrue();
            reference = rs.getString(1);
            email = rs.getString(2);
            name = rs.getString(3);
        }
        try (Browser phone = new Browser(360, 740)) {
            phone.open(base + "public/volunteer-link.xhtml");
            phone.type(org.openqa.selenium.By.id("link:email"), email);
            phone.submit(org.openqa.selenium.By.id("link:send"));
            assertThat(phone.find(org.openqa.selenium.By.id("linkSent")).isDisplayed()).isTrue();
            String link;
            try (Connection c = testDatabase()) {
                java.util.List<String> texts = SealedOutbox.texts(c, reference);
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("/public/volunteer-home\\.xhtml\\?t=[A-Za-z0-9_-]{43}").matcher(texts.get(texts.size() - 1));
                assertThat(m.find()).as("the new link").isTrue();
                link = base + m.group().substring(1);
            }
            phone.open(link);
            phone.find(org.openqa.selenium.By.cssSelector("a.work-link")).click();
            phone.loaded();
            assertThat(phone.find(org.openqa.selenium.By.id("volunteerHint")).getText()).contains("لا تنسخه");
            assertThat(phone.find(org.openqa.selenium.By.id("address")).getText()).isNotBlank();
            assertThat(phone.find(org.openqa.selenium.By.id("visit:signedName")).getAttribute("value")).isEqualTo(name);
            assertThat(phone.outsideTheScreen()).isEmpty();
            assertThat(phone.seriousAccessibilityProblems("[id^='visit:photoUpload']")).isEmpty();
            phone.fullPage("50-volunteer-home-visit-phone-ar");
        }
    }

    /** The test database, as a client outside the server reaches it. */
    private static Connection testDatabase() throws SQLException {
        return java.sql.DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
    }

    private static String first(java.sql.Statement q, String sql) throws SQLException {
        try (ResultSet rs = q.executeQuery(sql)) {
            rs.next();
            return String.valueOf(rs.getLong(1));
        }
    }
}

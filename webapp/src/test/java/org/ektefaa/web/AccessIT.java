package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ektefaa.platform.api.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role reaches only its own pages and downloads, checked on the server with plain HTTP requests (what a
 * person could type or replay), not by looking at which menu entries are shown. The matrix below is the
 * specification, written out here rather than read from the application's own declarations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    private static final String PASSWORD = "each role to its own desk";

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> FILES = EnumSet.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN);
    private static final Set<Role> FRONT_DESK = EnumSet.of(Role.RELATIONS_OFFICER, Role.ADMIN);
    private static final Set<Role> REQUESTS = EnumSet.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.QUALITY_OFFICER,
            Role.ADMIN);
    private static final Set<Role> DECIDERS = EnumSet.of(Role.EXECUTIVE, Role.ADMIN);
    private static final Set<Role> QUALITY = EnumSet.of(Role.QUALITY_OFFICER, Role.ADMIN);
    private static final Set<Role> INDICATORS = EnumSet.of(Role.QUALITY_OFFICER, Role.EXECUTIVE, Role.ADMIN);
    private static final Set<Role> COORDINATORS = EnumSet.of(Role.VOLUNTEER_COORDINATOR, Role.ADMIN);
    private static final Set<Role> REPORTS = EnumSet.of(Role.BOARD_MEMBER, Role.EXECUTIVE, Role.QUALITY_OFFICER,
            Role.ADMIN);
    private static final Set<Role> RECEIPTS = EnumSet.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** Each staff page and download, with the roles that may open it. */
    private static final Map<String, Set<Role>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("index.xhtml", ALL);
        MATRIX.put("account/password.xhtml", ALL);
        MATRIX.put("reporting/policy.xhtml", ALL);
        MATRIX.put("admin/users.xhtml", ADMIN);
        MATRIX.put("admin/settings.xhtml", ADMIN);
        MATRIX.put("admin/texts.xhtml", ADMIN);
        MATRIX.put("admin/outbox.xhtml", ADMIN);
        MATRIX.put("admin/policy.xhtml", ADMIN);
        MATRIX.put("beneficiaries/search.xhtml", FILES);
        MATRIX.put("beneficiaries/file.xhtml?id=1", FILES);
        MATRIX.put("beneficiaries/register.xhtml", FRONT_DESK);
        MATRIX.put("beneficiaries/duplicates.xhtml", FILES);
        MATRIX.put("beneficiaries/categories.xhtml", ADMIN);
        MATRIX.put("beneficiaries/import.xhtml", ADMIN);
        MATRIX.put("requests/intake.xhtml", FRONT_DESK);
        MATRIX.put("requests/list.xhtml", REQUESTS);
        MATRIX.put("requests/request.xhtml?id=1", REQUESTS);
        MATRIX.put("requests/attachment?id=1", REQUESTS);
        MATRIX.put("requests/decisions.xhtml", DECIDERS);
        MATRIX.put("requests/catalogue.xhtml", ADMIN);
        MATRIX.put("satisfaction/indicators.xhtml", INDICATORS);
        MATRIX.put("satisfaction/tracking.xhtml", QUALITY);
        MATRIX.put("satisfaction/designer.xhtml", QUALITY);
        MATRIX.put("satisfaction/kiosk.xhtml", FRONT_DESK);
        MATRIX.put("volunteering/volunteers.xhtml", COORDINATORS);
        MATRIX.put("volunteering/volunteer.xhtml?id=1", COORDINATORS);
        MATRIX.put("volunteering/opportunities.xhtml", COORDINATORS);
        MATRIX.put("volunteering/opportunity.xhtml?id=1", COORDINATORS);
        MATRIX.put("volunteering/hours.xhtml", COORDINATORS);
        MATRIX.put("reporting/reports.xhtml", REPORTS);
        MATRIX.put("reporting/file?id=1", REPORTS);
        MATRIX.put("reporting/export?kind=SATISFACTION&from=2026-01-01&to=2026-03-31&lang=ar", REPORTS);
        MATRIX.put("reporting/evidence?lang=ar", REPORTS);
        MATRIX.put("reporting/receipt?id=1", RECEIPTS);
        MATRIX.put("eligibility/rules.xhtml", ADMIN);
        MATRIX.put("aid/funds.xhtml", ADMIN);
        MATRIX.put("aid/programmes.xhtml", ADMIN);
        MATRIX.put("aid/rounds.xhtml", DECIDERS);
        MATRIX.put("aid/collect.xhtml", RECEIPTS);
        MATRIX.put("eligibility/visits.xhtml", RECEIPTS);
        MATRIX.put("eligibility/visit.xhtml?id=1", RECEIPTS);
        MATRIX.put("eligibility/renewals.xhtml", RECEIPTS);
        MATRIX.put("eligibility/visit-photo?id=1", RECEIPTS);
        MATRIX.put("metrics", ADMIN);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void accounts() throws Exception {
        for (Role role : Role.values()) {
            TestAccounts.ensure(user(role), PASSWORD, role.name());
        }
    }

    private static String user(Role role) {
        return "only." + role.name().toLowerCase();
    }

    @Test
    void eachRoleOpensItsOwnPagesAndIsRefusedTheOthersOnTheServer() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            FacesClient person = new FacesClient(base.toString());
            assertThat(person.signIn(user(role), PASSWORD)).as("%s signs in", role).isTrue();
            MATRIX.forEach((path, allowed) -> {
                HttpResponse<String> answer = person.get(path);
                boolean refused = answer.statusCode() == 403;
                if (allowed.contains(role) == refused) {
                    wrong.add(role + " " + path + " -> " + answer.statusCode());
                }
                if (refused && !answer.body().contains("error-page")) {
                    wrong.add(role + " " + path + " refused without the translated page");
                }
                if (answer.statusCode() >= 500) {
                    wrong.add(role + " " + path + " -> " + answer.statusCode());
                }
                // A record that does not exist is "page not found" for those allowed to open such records.
                int expected = path.contains("?id=") && answer.statusCode() == 404 ? 404 : 200;
                if (path.contains(".xhtml") && allowed.contains(role) && answer.statusCode() != expected) {
                    wrong.add(role + " " + path + " -> " + answer.statusCode() + " instead of the page");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    /** Every download names its file the one way: the plain name and RFC 5987's UTF-8 {@code filename*} (issue #20). */
    @Test
    void aDownloadNamesItsFileForEveryBrowser() {
        FacesClient board = new FacesClient(base.toString());
        assertThat(board.signIn(user(Role.BOARD_MEMBER), PASSWORD)).isTrue();
        for (String format : List.of("", "&format=xlsx")) {
            HttpResponse<String> export = board.get("reporting/export?kind=SATISFACTION&from=2026-01-01&to=2026-03-31&lang=ar"
                    + format);
            assertThat(export.statusCode()).as(format).isEqualTo(200);
            String extension = format.isEmpty() ? "csv" : "xlsx";
            assertThat(export.headers().firstValue("Content-Disposition")).as(format).hasValueSatisfying(d -> assertThat(d)
                    .startsWith("attachment").contains("filename=\"satisfaction-2026-01-01." + extension + "\"")
                    .contains("filename*=UTF-8''satisfaction-2026-01-01." + extension));
        }
    }

    /** A post-back is a request like any other: replaying a form to a page of another role is refused too. */
    @Test
    void aFormPostedToAPageOfAnotherRoleIsRefused() {
        FacesClient officer = new FacesClient(base.toString());
        assertThat(officer.signIn(user(Role.RELATIONS_OFFICER), PASSWORD)).isTrue();
        assertThat(officer.get("requests/list.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> decide = officer.post("requests/decisions.xhtml", "queue",
                Map.of("queue:approve", "", "jakarta.faces.partial.ajax", "true"));
        assertThat(decide.statusCode()).isEqualTo(403);

        FacesClient board = new FacesClient(base.toString());
        assertThat(board.signIn(user(Role.BOARD_MEMBER), PASSWORD)).isTrue();
        assertThat(board.get("reporting/reports.xhtml").statusCode()).isEqualTo(200);
        assertThat(board.post("beneficiaries/file.xhtml?id=1", "file", Map.of("file:revealId", "")).statusCode())
                .isEqualTo(403);
        assertThat(board.post("admin/users.xhtml", "users", Map.of("users:save", "")).statusCode()).isEqualTo(403);
    }

    /**
     * An ajax post forged to an administrator's page by an officer (the page's view made afresh for them): refused as
     * "not allowed", the way a page is, not answered with "something went wrong" and a stack trace in the log.
     */
    @Test
    void anAjaxPostToAnAdministratorsPageIsNotAllowedRatherThanAFailure() {
        FacesClient officer = new FacesClient(base.toString());
        assertThat(officer.signIn(user(Role.RELATIONS_OFFICER), PASSWORD)).isTrue();
        assertThat(officer.get("beneficiaries/search.xhtml").statusCode()).isEqualTo(200);
        for (String page : List.of("beneficiaries/import.xhtml", "admin/users.xhtml")) {
            HttpResponse<String> answer = officer.send(page, r -> r.header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                            .ofString(officer.body("result", Map.of("jakarta.faces.partial.ajax", "true",
                                    "jakarta.faces.source", "result:import", "jakarta.faces.partial.execute", "@all",
                                    "jakarta.faces.partial.render", "@all", "result:import", "result:import")))));
            assertThat(answer.body()).as(page).doesNotContain("حدث خطأ", "Something went wrong");
            assertThat(answer.statusCode() == 403 || answer.body().contains("غير مسموح")
                    || answer.body().contains("Not allowed")).as(page + ": " + answer.statusCode() + " " + answer.body())
                    .isTrue();
        }
    }

    /** Nobody signed in: staff pages lead to sign-in, downloads are not served, public pages need no one. */
    @Test
    void withoutSigningInOnlyThePublicPagesOpen() {
        FacesClient anyone = new FacesClient(base.toString());
        MATRIX.keySet().forEach(path -> {
            HttpResponse<String> answer = anyone.get(path);
            assertThat(answer.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(answer.body()).as(path).doesNotContain("shell-nav");
        });
        for (String open : List.of("", "public/index.xhtml", "public/policy.xhtml", "public/privacy.xhtml",
                "public/request.xhtml", "public/status.xhtml", "public/volunteer.xhtml", "login.xhtml")) {
            assertThat(anyone.get(open).statusCode()).as(open).isEqualTo(200);
        }
        // A volunteer's certificate is the signed-in volunteer's own: an id in the address opens nobody's.
        assertThat(anyone.get("public/volunteer-certificate?id=1").statusCode()).isEqualTo(404);
        // so is a home visit a volunteer took (issue #26): without their session, no household and no photo
        HttpResponse<String> visit = anyone.get("public/field-visit.xhtml?id=1");
        assertThat(visit.statusCode()).isEqualTo(200);
        assertThat(visit.body()).doesNotContain("visit:sign").contains("هذه الزيارة مسندة إلى باحث آخر");
        assertThat(anyone.get("public/field-visit-photo?id=1").statusCode()).isEqualTo(404);
        assertThat(anyone.get("eligibility/visit-form.xhtml").statusCode()).isIn(302, 401, 403);
    }

    /**
     * The association's address opens its public home, not the staff sign-in (issue #18): Arabic by default and
     * English on request, with a way in for each person (send or follow a request, volunteer), the policy with its
     * approval and the privacy notice, and the staff sign-in linked discreetly; every link answers. Every public
     * page shares the header and footer, so none is a dead end.
     */
    @Test
    void theAssociationsAddressOpensItsPublicHomeInBothLanguages() {
        everyChannelEnabled();
        FacesClient visitor = new FacesClient(base.toString());
        HttpResponse<String> home = visitor.get("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"ar\"", "dir=\"rtl\"", "id=\"welcome\"", "كيف تصل إلينا",
                "href=\"/public/request.xhtml\"", "href=\"/public/status.xhtml\"", "href=\"/public/volunteer.xhtml\"",
                "href=\"/public/policy.xhtml\"", "href=\"/public/privacy.xhtml\"", "href=\"/login.xhtml\"");
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"/([^\"#]*)\"").matcher(home.body());
        java.util.Set<String> linked = new java.util.TreeSet<>();
        while (links.find()) {
            linked.add(links.group(1));
        }
        for (String link : linked) {
            assertThat(new FacesClient(base.toString()).get(link).statusCode()).as("/" + link).isEqualTo(200);
        }
        for (String page : List.of("public/request.xhtml", "public/status.xhtml", "public/volunteer.xhtml",
                "public/policy.xhtml", "public/privacy.xhtml", "login.xhtml")) {
            assertThat(visitor.get(page).body()).as(page).contains("id=\"footHome\"", "id=\"footPolicy\"",
                    "id=\"footPrivacy\"", "id=\"staffSignIn\"");
        }
        HttpResponse<String> policy = visitor.get("public/policy.xhtml");
        assertThat(policy.body()).contains("سياسة تنظيم العلاقة مع المستفيدين", "<bdi dir=\"ltr\">§5.4</bdi>",
                "خلال مدة لا تقل عن أسبوعين", "اعتماد مجلس الإدارة", "24-1");
        assertThat(visitor.get("public/privacy.xhtml").body()).contains("حقوقك", "ثلاثين يومًا", "سدايا");

        FacesClient english = new FacesClient(base.toString());
        assertThat(english.get("?lang=en").body()).contains("lang=\"en\"", "How to reach us", "Send a request",
                "Staff sign-in");
        assertThat(english.get("public/policy.xhtml").body()).contains("Policy for organizing the relationship",
                "Board approval", "the Arabic original is authoritative");
        assertThat(english.get("public/privacy.xhtml").body()).contains("Your rights", "within 30 days");
    }

    /**
     * An administrator tells the public how to reach the association (the profile's public part): the home shows
     * the number to call, the WhatsApp chat and the social account as working links, each left-to-right run
     * isolated in the Arabic page; a malformed value is refused with a translated message and nothing is saved.
     */
    @Test
    void anAdministratorTellsThePublicHowToReachTheAssociation() {
        FacesClient admin = everyChannelEnabled();
        assertThat(admin.get("admin/settings.xhtml").statusCode()).isEqualTo(200);
        List<String[]> fields = admin.inputs("publicFace");
        HttpResponse<String> refused = admin.submit("publicFace", face(fields, "publicFace:xAccount", "not a handle!"));
        assertThat(refused.body()).contains("راجع الحقول المميزة").contains("not a handle!").doesNotContain(".java:");
        assertThat(new FacesClient(base.toString()).get("").body()).doesNotContain("not a handle");

        admin.get("admin/settings.xhtml");
        List<String[]> again = admin.inputs("publicFace");
        again = face(again, "publicFace:phone", "920012345");
        again = face(again, "publicFace:whatsapp", "0551234567");
        again = face(again, "publicFace:xAccount", "@ektefaa_org");
        again = face(again, "publicFace:addressAr", "الرياض، حي النسيم، شارع الأمير سعود");
        again = face(again, "publicFace:registrationNumber", "1234");
        assertThat(admin.submit("publicFace", again).body()).contains("حُفظ").doesNotContain("راجع الحقول المميزة");

        String home = new FacesClient(base.toString()).get("").body();
        assertThat(home).contains("href=\"tel:920012345\"", "<bdi dir=\"ltr\">920012345</bdi>",
                "href=\"https://wa.me/966551234567\"", "href=\"https://x.com/ektefaa_org\"",
                "<bdi dir=\"ltr\">@ektefaa_org</bdi>", "الرياض، حي النسيم", "<bdi dir=\"ltr\">1234</bdi>");
    }

    /** An administrator, signed in, who has just enabled every channel of policy §4 (other tests may turn some off). */
    private FacesClient everyChannelEnabled() {
        FacesClient admin = new FacesClient(base.toString());
        assertThat(admin.signIn(user(Role.ADMIN), PASSWORD)).isTrue();
        assertThat(admin.get("admin/settings.xhtml").statusCode()).isEqualTo(200);
        List<String[]> fields = new ArrayList<>();
        for (String[] field : admin.inputs("settings")) {
            if (!field[0].equals("settings:channels") && !field[0].equals("settings:save")) {
                fields.add(field);
            }
        }
        for (org.ektefaa.platform.api.ContactChannel channel : org.ektefaa.platform.api.ContactChannel.values()) {
            fields.add(new String[] {"settings:channels", channel.name()});
        }
        fields.add(new String[] {"settings:save", ""});
        assertThat(admin.submit("settings", fields).body()).contains("حُفظ ملف الجمعية");
        return admin;
    }

    private static List<String[]> face(List<String[]> fields, String name, String value) {
        List<String[]> changed = new ArrayList<>();
        for (String[] field : fields) {
            if (!field[0].equals("publicFace:saveFace")) {
                changed.add(field[0].equals(name) ? new String[] {name, value} : field);
            }
        }
        changed.add(new String[] {"publicFace:saveFace", ""});
        return changed;
    }

    /**
     * The audit log and the log of who opened which file answer "who did what" only if nobody can rewrite
     * them: the database itself refuses to change or delete their lines, even for the application's account.
     */
    @Test
    void theAuditLogsCannotBeChangedOrEmptied() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"))) {
            c.createStatement().executeUpdate("insert into plt_audit_log (occurred_at, actor, action, target_type, target_id)"
                    + " values (current_timestamp(6), 'only.admin', 'TEST', 'Nothing', '0')");
            c.createStatement().executeUpdate("insert into ben_access_log (beneficiary_id, actor, action, occurred_at)"
                    + " values (0, 'only.relations_officer', 'OPENED', current_timestamp(6))");
            for (String change : List.of("update plt_audit_log set actor = 'someone else'",
                    "delete from plt_audit_log", "update ben_access_log set actor = 'someone else'",
                    "delete from ben_access_log")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.createStatement().executeUpdate(change))
                        .as(change).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("append-only");
            }
            try (java.sql.ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from plt_audit_log where actor = 'only.admin' and action = 'TEST'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /**
     * Two administrators edit the association's profile at the same time: the first save wins, the second is
     * told in words (not a stack trace) that someone else saved meanwhile, keeps what they typed on the page,
     * and overwrites nothing.
     */
    @Test
    void theSecondOfTwoPeopleEditingTheSameRecordIsToldAndOverwritesNothing() throws Exception {
        TestAccounts.ensure("second.admin", PASSWORD, Role.ADMIN.name());
        FacesClient first = new FacesClient(base.toString());
        FacesClient second = new FacesClient(base.toString());
        assertThat(first.signIn(user(Role.ADMIN), PASSWORD)).isTrue();
        assertThat(second.signIn("second.admin", PASSWORD)).isTrue();
        assertThat(first.get("admin/settings.xhtml").statusCode()).isEqualTo(200);
        assertThat(second.get("admin/settings.xhtml").statusCode()).isEqualTo(200);
        List<String[]> mine = first.inputs("settings");
        List<String[]> theirs = second.inputs("settings");
        String original = mine.stream().filter(f -> f[0].equals("settings:nameEn")).findFirst().orElseThrow()[1];

        HttpResponse<String> saved = first.submit("settings", with(mine, "settings:nameEn", "Saved by the first"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(storedEnglishName()).isEqualTo("Saved by the first");

        HttpResponse<String> refused = second.submit("settings", with(theirs, "settings:nameEn", "Typed by the second"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("حفظ شخص آخر هذا السجل أثناء تعديلك له")
                .contains("Typed by the second").doesNotContain(".java:");
        assertThat(storedEnglishName()).isEqualTo("Saved by the first");

        FacesClient again = new FacesClient(base.toString());
        assertThat(again.signIn(user(Role.ADMIN), PASSWORD)).isTrue();
        again.get("admin/settings.xhtml");
        again.submit("settings", with(again.inputs("settings"), "settings:nameEn", original));
        assertThat(storedEnglishName()).isEqualTo(original);
    }

    private static List<String[]> with(List<String[]> fields, String name, String value) {
        List<String[]> changed = new ArrayList<>();
        for (String[] field : fields) {
            changed.add(field[0].equals(name) ? new String[] {name, value} : field);
        }
        changed.add(new String[] {"settings:save", ""});
        return changed;
    }

    private static String storedEnglishName() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
             java.sql.ResultSet rs = c.createStatement().executeQuery("select name_en from plt_association_profile")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

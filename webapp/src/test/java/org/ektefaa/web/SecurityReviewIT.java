package org.ektefaa.web;

import jakarta.inject.Inject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an independent review found (issue #17), tried as an attacker would, mostly over HTTP: a planted session id, a session kept after
 * the account was deactivated, lost a role or had its password reset, downloads with a temporary password, the
 * headers of every kind of response, redirects and cookies behind a TLS proxy, and the log under anonymous junk.
 * Account changes are written straight into the database, as an administrator on another server of a cluster
 * would make them: no message reaches this server, only the database changes.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class SecurityReviewIT {

    @Inject
    org.ektefaa.platform.kernel.FieldKeys fieldKeys;

    private static final String PASSWORD = "a session follows its account";

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(FacesClient.class, TestAccounts.class);
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void aSessionIdPlantedBeforeSignInGivesNothingAfterIt() throws Exception {
        TestAccounts.fresh("sess.planted", PASSWORD, "RELATIONS_OFFICER");
        FacesClient victim = new FacesClient(base.toString());
        victim.get("login.xhtml");
        String planted = victim.cookie("JSESSIONID");
        assertThat(planted).isNotNull();

        assertThat(victim.signIn("sess.planted", PASSWORD)).isTrue();
        String signedIn = victim.cookie("JSESSIONID");
        assertThat(signedIn).isNotEqualTo(planted);
        assertThat(victim.get("requests/intake.xhtml").statusCode()).isEqualTo(200);

        FacesClient attacker = new FacesClient(base.toString()).withCookie("JSESSIONID", planted);
        HttpResponse<String> answer = attacker.get("requests/intake.xhtml");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
    }

    @Test
    @RunAsClient
    void changingOnesPasswordGivesTheSessionANewIdAndEndsTheOthers() throws Exception {
        TestAccounts.fresh("sess.changer", PASSWORD, "RELATIONS_OFFICER");
        FacesClient other = new FacesClient(base.toString());
        assertThat(other.signIn("sess.changer", PASSWORD)).isTrue();
        FacesClient me = new FacesClient(base.toString());
        assertThat(me.signIn("sess.changer", PASSWORD)).isTrue();
        String before = me.cookie("JSESSIONID");

        me.get("account/password.xhtml");
        String chosen = "a brand new passphrase for sessions";
        HttpResponse<String> changed = me.submit("password", Map.of("password:current", PASSWORD,
                "password:chosen", chosen, "password:confirmation", chosen, "password:submit", ""));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(me.cookie("JSESSIONID")).isNotEqualTo(before);
        assertThat(me.get("requests/intake.xhtml").statusCode()).isEqualTo(200);
        assertThat(other.get("requests/intake.xhtml").statusCode()).isEqualTo(302);
        assertThat(new FacesClient(base.toString()).withCookie("JSESSIONID", before).get("requests/intake.xhtml")
                .statusCode()).isEqualTo(302);
    }

    @Test
    @RunAsClient
    void aDeactivatedAccountLosesTheSessionItHasWithinSeconds() throws Exception {
        TestAccounts.fresh("sess.leaver", PASSWORD, "RELATIONS_OFFICER");
        FacesClient leaver = new FacesClient(base.toString());
        assertThat(leaver.signIn("sess.leaver", PASSWORD)).isTrue();
        assertThat(leaver.get("requests/intake.xhtml").statusCode()).isEqualTo(200);

        sql("update plt_user set active = false where username = ?", "sess.leaver");
        HttpResponse<String> after = eventually(() -> leaver.get("requests/intake.xhtml"), a -> a.statusCode() == 302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("ended"));
        // the session is gone: reactivating the account does not bring it back
        sql("update plt_user set active = true where username = ?", "sess.leaver");
        Thread.sleep(6_000);
        assertThat(leaver.get("requests/intake.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    @RunAsClient
    void aRoleTakenAwayIsRefusedInTheSessionAlreadyOpen() throws Exception {
        TestAccounts.fresh("sess.moved", PASSWORD, "RELATIONS_OFFICER", "BOARD_MEMBER");
        FacesClient moved = new FacesClient(base.toString());
        assertThat(moved.signIn("sess.moved", PASSWORD)).isTrue();
        assertThat(moved.get("requests/intake.xhtml").statusCode()).isEqualTo(200);

        sql("delete from plt_user_role where role = 'RELATIONS_OFFICER' and user_id ="
                + " (select id from plt_user where username = ?)", "sess.moved");
        eventually(() -> moved.get("requests/intake.xhtml"), a -> a.statusCode() == 403);
        assertThat(moved.get("reporting/reports.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void aPasswordResetEndsTheSessionsTheAccountHad() throws Exception {
        TestAccounts.fresh("sess.reset", PASSWORD, "EXECUTIVE");
        FacesClient user = new FacesClient(base.toString());
        assertThat(user.signIn("sess.reset", PASSWORD)).isTrue();
        assertThat(user.get("requests/decisions.xhtml").statusCode()).isEqualTo(200);

        sql("update plt_user set session_generation = session_generation + 1 where username = ?", "sess.reset");
        eventually(() -> user.get("requests/decisions.xhtml"), a -> a.statusCode() == 302);
    }

    /** With a temporary password, every address the account could reach leads to the password page. */
    @Test
    @RunAsClient
    void aTemporaryPasswordOpensOnlyThePasswordPageDownloadsIncluded() throws Exception {
        TestAccounts.fresh("sess.temporary", PASSWORD, "RELATIONS_OFFICER", "EXECUTIVE", "QUALITY_OFFICER");
        sql("update plt_user set must_change_password = true, password_expires_at = null where username = ?",
                "sess.temporary");
        FacesClient user = new FacesClient(base.toString());
        assertThat(user.get("login.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> signIn = user.post("login.xhtml", "login", Map.of("login:username", "sess.temporary",
                "login:password", PASSWORD, "login:submit", ""));
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
        for (String path : List.of("index.xhtml", "requests/intake.xhtml", "beneficiaries/file.xhtml?id=1",
                "requests/attachment?id=1", "reporting/receipt?tracking=1447-000001",
                "reporting/export?kind=SATISFACTION&from=2026-01-01&to=2026-03-31&lang=ar", "reporting/file?id=1",
                // round an open prefix with dot-segments and encoded slashes: the rule sees the path as served
                "public/..%2frequests/list.xhtml", "public/%2e%2e/reporting/receipt?tracking=1447-000001",
                "login.xhtml/..%2frequests/list.xhtml", "account/password.xhtml/..%2f..%2frequests/intake.xhtml")) {
            HttpResponse<String> answer = user.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
        }
        assertThat(user.get("account/password.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void anExpiredTemporaryPasswordNoLongerSignsIn() throws Exception {
        TestAccounts.fresh("sess.late", PASSWORD, "RELATIONS_OFFICER");
        sql("update plt_user set must_change_password = true,"
                + " password_expires_at = current_timestamp(6) - interval 1 hour where username = ?", "sess.late");
        FacesClient late = new FacesClient(base.toString());
        late.get("login.xhtml?lang=en");
        HttpResponse<String> answer = late.post("login.xhtml", "login", Map.of("login:username", "sess.late",
                "login:password", PASSWORD, "login:submit", ""));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("temporary password has expired");
        assertThat(late.get("index.xhtml").statusCode()).isEqualTo(302);
    }

    /** Every kind of answer carries the headers, and no redirect is built from the Host the request named. */
    @Test
    @RunAsClient
    void everyKindOfResponseCarriesTheHeadersAndNoRedirectTrustsTheHost() throws Exception {
        TestAccounts.fresh("sess.board", PASSWORD, "BOARD_MEMBER");
        TestAccounts.fresh("sess.desk", PASSWORD, "RELATIONS_OFFICER");
        FacesClient desk = new FacesClient(base.toString());
        assertThat(desk.signIn("sess.desk", PASSWORD)).isTrue();
        FacesClient anyone = new FacesClient(base.toString());
        FacesClient board = new FacesClient(base.toString());
        assertThat(board.signIn("sess.board", PASSWORD)).isTrue();
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("sign-in redirect", anyone.get("requests/list.xhtml"));
        answers.put("403", board.get("admin/users.xhtml"));
        answers.put("404", anyone.get("public/no-such-page.xhtml"));
        answers.put("fragment", board.get("requests/list-editor.xhtml"));
        answers.put("400 bogus view state", anyone.postRaw("public/request.xhtml", "jakarta.faces.ViewState=bogus&a=b"));
        answers.put("405", board.send("reporting/file?id=1", r -> r.method("DELETE", HttpRequest.BodyPublishers.noBody())));
        answers.put("download without its parameters", board.get("reporting/export"));
        answers.put("edit form of no file", desk.get("beneficiaries/register.xhtml?id=999999999999"));
        answers.put("malformed multipart", anyone.send("public/request.xhtml", r -> r
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"))));
        // a dot-segment or an encoded slash after an open prefix leads where the container resolves it: sign-in
        answers.put("dot-segment round the rules", anyone.send("public/..%2frequests/list.xhtml", r -> r.GET()));
        answers.put("a GET carrying a view state", board.get("index.xhtml?shellForm=shellForm&jakarta.faces.ViewState=x"));
        answers.forEach((kind, answer) -> {
            assertThat(answer.statusCode()).as(kind).isNotEqualTo(200).isLessThan(500);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(kind).isPresent();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(kind).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(kind).isPresent();
        });
        assertThat(answers.get("fragment").statusCode()).isEqualTo(404);
        assertThat(answers.get("400 bogus view state").statusCode()).isEqualTo(400);
        assertThat(answers.get("dot-segment round the rules").statusCode()).isEqualTo(302);
        assertThat(answers.get("a GET carrying a view state").statusCode()).isEqualTo(400);

        // Host is not allowed in java.net.http; an HTTP/1.1 request written by hand carries it.
        String raw = rawGet("/requests/list.xhtml", "evil.example");
        assertThat(raw).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
    }

    /** Behind the trusted TLS proxy the signed-in session's cookie is Secure; from anyone else the header is ignored. */
    @Test
    @RunAsClient
    void behindTheTrustedTlsProxyTheSessionCookieIsSecure() throws Exception {
        TestAccounts.fresh("sess.proxied", PASSWORD, "RELATIONS_OFFICER");
        FacesClient proxied = new FacesClient(base.toString());
        proxied.get("login.xhtml");
        HttpResponse<String> signIn = proxied.send("login.xhtml", r -> r.header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(proxied.body("login", Map.of("login:username", "sess.proxied",
                        "login:password", PASSWORD, "login:submit", "")))));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("; Secure"));
        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent();

        // The tests' server trusts 127.0.0.1 only (EKTEFAA_TRUSTED_PROXIES); over "localhost" (::1 or another
        // address) the same header is someone's claim, not the proxy's, unless it resolves to 127.0.0.1 too.
    }

    /**
     * A link on another site cannot make a signed-in employee open a file (writing "opened" into its access log),
     * download anything or change their language: the browser says the request is cross-site and it goes no
     * further than the start page.
     */
    @Test
    @RunAsClient
    void anotherSiteCannotMakeTheBrowserActInTheEmployeesName() throws Exception {
        TestAccounts.fresh("sess.clicker", PASSWORD, "RELATIONS_OFFICER");
        FacesClient clicker = new FacesClient(base.toString());
        assertThat(clicker.signIn("sess.clicker", PASSWORD)).isTrue();
        for (String path : List.of("beneficiaries/file.xhtml?id=1", "requests/attachment?id=1",
                "reporting/receipt?tracking=1447-000001", "requests/list.xhtml?lang=en",
                "public/..%2fbeneficiaries/file.xhtml?id=1", "index.xhtml/..%2fbeneficiaries/file.xhtml?id=1")) {
            HttpResponse<String> answer = clicker.send(path, r -> r.header("Sec-Fetch-Site", "cross-site")
                    .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document").GET());
            assertThat(answer.statusCode()).as(path).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValue("/index.xhtml");
        }
        HttpResponse<String> post = clicker.send("beneficiaries/file.xhtml?id=1", r -> r.header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("file=file&file%3Atabs%3Aexport=file%3Atabs%3Aexport")));
        assertThat(post.statusCode()).isEqualTo(403);
        // the start page itself opens from a link, and the language stayed as it was (a GET ?lang= changes nothing)
        HttpResponse<String> start = clicker.send("index.xhtml?lang=en", r -> r.header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate").GET());
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("lang=\"ar\"");
        try (Connection c = DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from ben_access_log where actor = 'sess.clicker'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    /**
     * Inside the server: anonymous junk (forged view states, malformed addresses, an oversized post) leaves at most one short line
     * each in the log, never a stack trace, and the lines stop at the allowance.
     */
    @Test
    void anonymousJunkCannotFillTheLog() throws Exception {
        List<LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord logged) {
                records.add(logged);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        keep.setLevel(java.util.logging.Level.ALL);
        Logger.getLogger("").addHandler(keep);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String page = "http://127.0.0.1:" + base.getPort() + "/public/request.xhtml";
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(java.net.URI.create(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=bogus" + i + "&x=y")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(400);
                assertThat(answer.body()).contains("error-page").doesNotContain("\tat ").doesNotContain("Caused by");
            }
            for (int i = 0; i < 100; i++) { // malformed addresses fail in the container itself
                try (java.net.Socket raw = new java.net.Socket("127.0.0.1", base.getPort())) {
                    raw.getOutputStream().write("GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    raw.getInputStream().readAllBytes();
                }
            }
            try {
                HttpResponse<String> big = http.send(HttpRequest.newBuilder(java.net.URI.create(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("x=" + "a".repeat(3_000_000))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(big.statusCode()).isIn(400, 413);
            } catch (java.io.IOException closed) {
                // the server may also refuse an oversized post by closing the connection: refused either way
            }
        } finally {
            Logger.getLogger("").removeHandler(keep);
        }
        List<LogRecord> written;
        synchronized (records) {
            written = List.copyOf(records);
        }
        assertThat(written).noneMatch(r -> r.getThrown() != null);
        assertThat(written).hasSizeLessThanOrEqualTo(50); // 20 a minute from the application, 20 from the container
        int characters = written.stream().mapToInt(r -> String.valueOf(r.getMessage()).length()).sum();
        assertThat(characters).isLessThan(50 * 200);
    }

    @jakarta.inject.Inject
    org.ektefaa.beneficiaries.boundary.BeneficiaryFiles files;

    @jakarta.inject.Inject
    org.ektefaa.beneficiaries.boundary.FileDocuments fileDocuments;

    @jakarta.inject.Inject
    org.ektefaa.beneficiaries.boundary.Disclosures disclosures;

    @jakarta.inject.Inject
    org.ektefaa.beneficiaries.boundary.FileSearch fileSearch;

    @jakarta.inject.Inject
    org.ektefaa.platform.boundary.StaffUsers users;

    /**
     * Inside the server: the edit form of a file carries its identity numbers and IBAN masked, never in full (not
     * even in the page source); saved without typing them, the file keeps them.
     */
    @Test
    void theEditFormNeverCarriesTheFullIdentityNumberOrIban() throws Exception {
        long nine = 103_000_000L + new java.security.SecureRandom().nextInt(900_000);
        String id = org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(nine);
        String memberId = org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(nine + 1_000_000);
        String iban = "SA0380000000608010167519";
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(id);
        form.setFirstName("نورة");
        form.setFatherName("محمد");
        form.setGrandfatherName("علي");
        form.setFamilyName("الحربي");
        form.setIban(iban);
        org.ektefaa.beneficiaries.boundary.FileForm.Member son = new org.ektefaa.beneficiaries.boundary.FileForm.Member();
        son.setFullName("سالم الحربي");
        son.setRelation(org.ektefaa.beneficiaries.entity.Enums.Relation.SON);
        son.setIdNumber(memberId);
        form.getHousehold().add(son);
        var file = files.start(form);

        FacesClient editor = officerSignedIn("sess.editor" + nine);

        HttpResponse<String> page = editor.get("beneficiaries/register.xhtml?id=" + file.getId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(id).doesNotContain(memberId).doesNotContain(iban)
                .doesNotContain(iban.substring(4, 20)).contains("******" + id.substring(6));

        var reloaded = files.read(file.getId());
        var saved = files.update(file.getId(), reloaded.getVersion(), org.ektefaa.beneficiaries.boundary.FileForm.of(reloaded), null);
        assertThat(saved.getIdNumber()).isEqualTo(id);
        assertThat(saved.getIban()).isEqualTo(iban);
        assertThat(saved.getHousehold()).extracting(m -> m.getIdNumber()).containsExactly(memberId);
    }

    @jakarta.inject.Inject
    org.ektefaa.platform.control.FieldKeyRotation rotation;

    @jakarta.inject.Inject
    org.ektefaa.platform.boundary.Outbox outbox;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.ektefaa.platform.api.NotificationRequested> notifications;

    @jakarta.annotation.Resource(lookup = DatabaseMigration.DATASOURCE)
    javax.sql.DataSource dataSource;

    /**
     * Inside the server: nothing usable lies at rest. Identity numbers, IBANs, waiting messages (with the one-time
     * links in them) and documents are sealed under a key whose id they carry; a sent message keeps no text and a
     * masked recipient; document files are 0600. Then the field key is turned over while the application runs —
     * everything is sealed again under the new key and still reads the same, lookups by identity still find the
     * file — and back (the other tests share this server).
     */
    @Test
    void nothingUsableLiesAtRestAndTheFieldKeyTurnsOverWhileRunning() throws Exception {
        var original = fieldKeys.current();
        String k1 = original.currentKeyId();
        long nine = 104_000_000L + new java.security.SecureRandom().nextInt(900_000);
        String id = org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(nine);
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(id);
        form.setFirstName("هند");
        form.setFatherName("سعد");
        form.setGrandfatherName("علي");
        form.setFamilyName("العتيبي");
        form.setIban("SA0380000000608010167519");
        var file = files.start(form);
        byte[] pdf = ("%PDF-1.4\n% a document of " + nine + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var document = fileDocuments.attach(file.getId(), "ID_CARD", pdf, "id.pdf", null);
        String link = "https://example.org/public/survey.xhtml?t=" + "x".repeat(43) + nine;
        String reference = "REST-" + nine;
        notifications.fire(new org.ektefaa.platform.api.NotificationRequested("someone@example.sa", "0501234567",
                "Rate us", "Tell us how it went: " + link, reference));

        java.nio.file.Path stored = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("ektefaa.data.dir", String.class), "documents", document.getStoredName());
        assertThat(java.nio.file.Files.getPosixFilePermissions(stored)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(new String(java.nio.file.Files.readAllBytes(stored), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("EKF2" + k1).doesNotContain("PDF").doesNotContain(String.valueOf(nine));
        assertThat(column("select id_number_enc from ben_beneficiary where id = ?", file.getId()))
                .startsWith("v2:" + k1 + ":").doesNotContain(id);
        assertThat(column("select iban_enc from ben_beneficiary where id = ?", file.getId())).startsWith("v2:" + k1 + ":");
        List<Long> messages = outbox.about(reference).stream().map(org.ektefaa.platform.entity.OutboxMessage::getId).toList();
        assertThat(messages).hasSize(2);
        for (long message : messages) {
            assertThat(column("select body from plt_outbox where id = ?", message)).startsWith("v2:" + k1 + ":")
                    .doesNotContain("survey").doesNotContain(String.valueOf(nine));
            assertThat(column("select recipient from plt_outbox where id = ?", message)).startsWith("v2:")
                    .doesNotContain("example").doesNotContain("050");
        }
        long email = outbox.about(reference).stream()
                .filter(m -> m.getChannel() == org.ektefaa.platform.entity.OutboxMessage.Channel.EMAIL).findFirst()
                .orElseThrow().getId();
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(3925, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            outbox.send(email);
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains(nine + "");
        } finally {
            smtp.stop();
        }
        assertThat(column("select body from plt_outbox where id = ?", email)).isNull();
        assertThat(column("select recipient from plt_outbox where id = ?", email)).isEqualTo("s***@example.sa");

        // A new key while the application runs: the old one only opens what it sealed, until all is sealed again.
        byte[] first = java.util.Base64.getDecoder().decode(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("ektefaa.field-key", String.class));
        byte[] second = new byte[32];
        new java.security.SecureRandom().nextBytes(second);
        var turned = new org.ektefaa.platform.kernel.FieldProtection(second, List.of(first), first);
        String k2 = turned.currentKeyId();
        fieldKeys.use(turned);
        try {
            var result = rotation.run(turned);
            assertThat(result.values()).isPositive();
            assertThat(result.files()).isPositive();
            assertThat(column("select id_number_enc from ben_beneficiary where id = ?", file.getId())).startsWith("v2:" + k2 + ":");
            assertThat(column("select body from plt_outbox where id = ?", messages.stream().filter(m -> m != email)
                    .findFirst().orElseThrow())).startsWith("v2:" + k2 + ":");
            assertThat(new String(java.nio.file.Files.readAllBytes(stored), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .startsWith("EKF2" + k2);
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.ResultSet rs = c.createStatement()
                    .executeQuery("select count(*) from ben_beneficiary where id_number_enc not like 'v2:" + k2 + ":%'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("every identity number sealed again").isZero();
            }
            assertThat(files.read(file.getId()).getIdNumber()).isEqualTo(id);
            assertThat(fileSearch.findByIdentity(id)).contains(file.getId());
            assertThat(fileDocuments.documentContent(document.getId())).isEqualTo(pdf);
            assertThat(rotation.run(turned)).isEqualTo(new org.ektefaa.platform.control.FieldKeyRotation.Result(0, 0));
        } finally {
            var back = new org.ektefaa.platform.kernel.FieldProtection(first, List.of(second), first);
            fieldKeys.use(back);
            rotation.run(back);
            fieldKeys.use(original);
        }
        assertThat(column("select id_number_enc from ben_beneficiary where id = ?", file.getId())).startsWith("v2:" + k1 + ":");
        assertThat(fileDocuments.documentContent(document.getId())).isEqualTo(pdf);
    }

    @jakarta.inject.Inject
    org.ektefaa.requests.boundary.Requests requests;

    @jakarta.inject.Inject
    org.ektefaa.requests.boundary.RequestQueries queries;

    @jakarta.inject.Inject
    org.ektefaa.platform.boundary.AuditLog auditLog;


    @jakarta.inject.Inject
    org.ektefaa.volunteering.boundary.VolunteerHours volunteerHours;

    /**
     * What a boundary records as done by someone names the employee signed in to the request — never a name a page
     * or a client sends (issue #17, item 4): an officer's note on a request is recorded under their name, whatever
     * the post adds, and their password change is audited under their name.
     */
    @Test
    void whatIsRecordedAsDoneNamesTheEmployeeSignedIn() throws Exception {
        var request = requests.receive(new org.ektefaa.requests.boundary.Requests.Intake(
                org.ektefaa.requests.api.RequestType.INQUIRY, org.ektefaa.platform.api.ContactChannel.PHONE_CALL,
                null, "متصل", "0501234568", "سؤال بالهاتف", "سؤال"));
        String name = "sess.actor" + new java.security.SecureRandom().nextInt(1_000_000);
        FacesClient officer = officerSignedIn(name);
        assertThat(officer.get("requests/request.xhtml?id=" + request.getId()).statusCode()).isEqualTo(200);
        assertThat(officer.submit("request", Map.of("request:note", "اتصلت بالمتصل", "request:addNote", "",
                "by", "admin", "actor", "admin")).statusCode()).isEqualTo(200);

        assertThat(queries.find(request.getId()).orElseThrow().getSteps())
                .filteredOn(step -> "اتصلت بالمتصل".equals(step.getNote())).singleElement()
                .satisfies(step -> assertThat(step.getActor()).isEqualTo(name));
        assertThat(queries.find(request.getId()).orElseThrow().getSteps().get(0).getActor())
                .as("received in this test, which runs as the system actor").isEqualTo("test");
        assertThat(auditLog.about("StaffUser", name)).filteredOn(e -> "PASSWORD_CHANGED".equals(e.getAction()))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(name));
    }

    /**
     * Inside the server: once the officer starts a survey at the reception kiosk, the tablet is no staff terminal —
     * the session has a new id, opens the kiosk page and nothing else, and the officer's old session id is gone.
     */
    @Test
    void theKioskIsASessionOfItsOwnThatOpensNothingElse() throws Exception {
        var visit = requests.receive(new org.ektefaa.requests.boundary.Requests.Intake(
                org.ektefaa.requests.api.RequestType.INQUIRY, org.ektefaa.platform.api.ContactChannel.IN_PERSON_INTERVIEW,
                null, "زائر الاستقبال", "0501234567", "سؤال عند الاستقبال", "سؤال"));
        String officerName = "sess.kiosk" + new java.security.SecureRandom().nextInt(1_000_000);
        FacesClient tablet = officerSignedIn(officerName);
        assertThat(tablet.get("requests/list.xhtml").statusCode()).isEqualTo(200);
        assertThat(tablet.get("satisfaction/kiosk.xhtml").statusCode()).isEqualTo(200);
        String staffSession = tablet.cookie("JSESSIONID");
        HttpResponse<String> started = tablet.submit("kiosk", Map.of("kiosk:tracking", visit.getTrackingNumber(),
                "kiosk:start", ""));
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("kiosk:send");
        assertThat(tablet.cookie("JSESSIONID")).isNotEqualTo(staffSession);

        for (String staffPage : List.of("index.xhtml", "requests/list.xhtml", "beneficiaries/search.xhtml",
                "account/password.xhtml", "requests/attachment?id=1")) {
            HttpResponse<String> answer = tablet.get(staffPage);
            assertThat(answer.statusCode()).as(staffPage).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(staffPage).hasValue("/satisfaction/kiosk.xhtml");
        }
        assertThat(tablet.get("satisfaction/kiosk.xhtml").statusCode()).isEqualTo(200);
        assertThat(tablet.get("public/request.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> old = new FacesClient(base.toString()).withCookie("JSESSIONID", staffSession)
                .get("requests/list.xhtml");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));

        // an administrator resets the officer's password: the kiosk they left ends with their other sessions
        var officer = users.find(officerName).orElseThrow();
        users.resetPassword(officer.getId(), officer.getVersion());
        HttpResponse<String> ended = tablet.get("satisfaction/kiosk.xhtml");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
    }

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /**
     * Inside the server: a boundary decides who may call it, whatever the address. A call from a thread where nobody
     * is signed in (and that is not the system) is refused by the boundary itself; the same call as the system, or
     * a method the public pages use, goes through.
     */
    @Test
    void aBoundaryRefusesACallerWithoutOneOfItsRoles() throws Exception {
        var file = files.start(formWithIdentity());
        var refused = executor.submit(() -> disclosures.revealIdentity(file.getId()));
        assertThatThrownBy(refused::get).hasCauseInstanceOf(org.ektefaa.platform.api.AccessRefused.class)
                .hasMessageContaining("Disclosures.revealIdentity");
        var export = executor.submit(() -> disclosures.export(file.getId()));
        assertThatThrownBy(export::get).hasCauseInstanceOf(org.ektefaa.platform.api.AccessRefused.class);
        var open = executor.submit(() -> requests.services());
        assertThat(open.get()).isNotNull();
        // a volunteer's own hours are open to that volunteer's session or a coordinator, not to whoever names the id
        var hours = executor.submit(() -> volunteerHours.hoursOf(1L));
        assertThatThrownBy(hours::get).hasCauseInstanceOf(org.ektefaa.platform.api.AccessRefused.class);
        assertThat(disclosures.revealIdentity(file.getId())).isNotBlank(); // this test runs as the system
    }

    @Inject
    org.ektefaa.beneficiaries.boundary.Duplicates duplicates;

    /**
     * Issue #24, tried over HTTP on the file page: a relations officer replays the executive's buttons (merging a
     * possible duplicate into this file, undoing a merge) and dismisses a pair resting on the same name and birth date;
     * none of it happens, and the officer reads why in words. The executive's same posts merge and undo.
     */
    @Test
    void onlyTheExecutiveMergesFilesUndoesAMergeOrDismissesAStrongPair() {
        org.ektefaa.beneficiaries.boundary.FileForm one = formWithIdentity();
        one.setFirstName("جوزاء");
        one.setFamilyName("العصيمي");
        one.setBirthDate(java.time.LocalDate.of(1961, 3, 7));
        long kept = files.start(one).getId();
        org.ektefaa.beneficiaries.boundary.FileForm twin = formWithIdentity();
        twin.setFirstName("جوزا");
        twin.setFamilyName("العصيمى");
        twin.setBirthDate(java.time.LocalDate.of(1961, 3, 7));
        long second = files.start(twin).getId();
        assertThat(duplicates.openFor(kept)).anyMatch(w -> w.other().id() == second);

        // a strong pair (a name with the birth date): the officer is offered neither action (issue #24's walk: "not the
        // same person" was offered and always refused), and replaying the executive's buttons changes nothing
        FacesClient officer = officerSignedIn("dup.officer", org.ektefaa.platform.api.Role.RELATIONS_OFFICER);
        String page = officer.get("beneficiaries/file.xhtml?id=" + kept).body();
        assertThat(page).as("the officer sees the pair").contains("file:duplicates").doesNotContain("notSame\"")
                .doesNotContain("mergeHere\"");
        FacesClient executive = officerSignedIn("dup.executive", org.ektefaa.platform.api.Role.EXECUTIVE);
        String decides = executive.get("beneficiaries/file.xhtml?id=" + kept).body();
        java.util.regex.Matcher button = java.util.regex.Pattern.compile("id=\"(file:[^\"]*:0:)notSame\"").matcher(decides);
        assertThat(button.find()).as("the executive sees the pair's actions").isTrue();
        String row = button.group(1);
        assertThat(decides).contains(row + "mergeHere");
        assertThat(decides).as("the pair's own note goes with its 'not the same person'").contains(row + "note");
        for (String replayed : List.of("mergeHere", "notSame")) {
            HttpResponse<String> answer = click(officer, "beneficiaries/file.xhtml?id=" + kept, row + replayed,
                    Map.of(row + "note", "the officer thinks they are two"));
            assertThat(answer.statusCode()).as(replayed).isLessThan(500);
            assertThat(answer.body()).as(replayed).doesNotContain("Exception");
        }
        assertThat(files.read(second).getMergedInto()).isNull();
        assertThat(duplicates.openFor(kept)).as("still open: the executive decides").anyMatch(w -> w.other().id() == second);

        click(executive, "beneficiaries/file.xhtml?id=" + kept, row + "mergeHere", Map.of());
        assertThat(files.read(second).getMergedInto()).isEqualTo(kept);

        String merged = officer.get("beneficiaries/file.xhtml?id=" + second).body();
        assertThat(merged).contains("file:keptFile").doesNotContain("file:undoMerge");
        click(officer, "beneficiaries/file.xhtml?id=" + second, "file:undoMerge", Map.of());
        assertThat(files.read(second).getMergedInto()).as("the officer cannot undo it").isEqualTo(kept);

        assertThat(executive.get("beneficiaries/file.xhtml?id=" + second).body()).contains("file:undoMerge");
        click(executive, "beneficiaries/file.xhtml?id=" + second, "file:undoMerge", Map.of());
        assertThat(files.read(second).getMergedInto()).isNull();
    }

    @Inject
    org.ektefaa.eligibility.boundary.Visits visits;

    @Inject
    org.ektefaa.eligibility.boundary.VisitPhotos visitPhotos;

    /**
     * Issue #26, tried over HTTP: while a home visit is to be done, its card (the household's name, mobile and address)
     * and its photos are its researcher's alone. Another researcher and the executive asking for the same visit and
     * photo by id get the refusal and a 404 with nothing of the household; no session at all is sent to sign in.
     * The refusal is written in the page's language.
     */
    @Test
    void aHomeVisitsAddressAndPhotosAreItsResearchersAloneWhileItIsToBeDone() throws Exception {
        org.ektefaa.beneficiaries.boundary.FileForm form = formWithIdentity();
        form.setFamilyName("القحطاني");
        form.setMobile("0551237766");
        form.setCity("الرياض");
        form.setDistrict("حي العريجاء الأوسط");
        long file = files.start(form).getId();
        FacesClient mine = officerSignedIn("visit.http.mine");
        FacesClient other = officerSignedIn("visit.http.other");
        FacesClient executive = officerSignedIn("visit.http.exec", org.ektefaa.platform.api.Role.EXECUTIVE);
        var visit = visits.assign(file, "visit.http.mine", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"))
                .plusDays(3), null);
        long photo = org.ektefaa.platform.api.SystemActor.supply("visit.http.mine",
                () -> visitPhotos.add(visit.getId(), TestImages.png(20, 20))).getId();

        HttpResponse<String> card = mine.get("eligibility/visit.xhtml?id=" + visit.getId());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("حي العريجاء الأوسط").contains("القحطاني");
        HttpResponse<String> image200 = mine.get("eligibility/visit-photo?id=" + photo);
        assertThat(image200.statusCode()).isEqualTo(200);
        assertThat(image200.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image200.headers().firstValue("Cache-Control")).hasValue("no-store");

        for (FacesClient someoneElse : List.of(other, executive)) {
            // the refusal in the session's language (Arabic) though this client sends no Accept-Language: a message
            // from a page's opening action used to follow the browser's language (SessionLanguageViewHandler)
            HttpResponse<String> refused = someoneElse.get("eligibility/visit.xhtml?id=" + visit.getId());
            assertThat(refused.statusCode()).isLessThan(500);
            assertThat(refused.body()).doesNotContain("حي العريجاء الأوسط").doesNotContain("القحطاني")
                    .doesNotContain("551237766").contains("هذه الزيارة مسندة إلى باحث آخر");
            assertThat(someoneElse.get("eligibility/visit-photo?id=" + photo).statusCode()).isEqualTo(404);
        }
        assertThat(other.get("eligibility/visit-photo?id=not-a-number").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = new FacesClient(base.toString()).get("eligibility/visit-photo?id=" + photo);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
    }

    /** The client ids a PrimeFaces button's script names under {@code key} (p: processed, u: rendered), space-separated. */
    private static String ids(String script, String key, String otherwise) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[{,]" + key + ":&quot;([^&]*)&quot;").matcher(script);
        return m.find() ? String.join(" ", m.group(1).split(",")) : otherwise;
    }

    /**
     * An ajax button of the file page pressed as the browser presses it (the button and {@code fields} processed; the
     * form and the page's messages rendered).
     */
    private static HttpResponse<String> click(FacesClient client, String path, String button, Map<String, String> fields) {
        // what the button itself processes and renders, read from the page as the browser reads it
        String page = client.get(path).body();
        int at = page.indexOf("id=\"" + button + "\"");
        String script = at < 0 ? "" : page.substring(at, page.indexOf(">", at));
        Map<String, String> post = new java.util.LinkedHashMap<>(fields);
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", button);
        post.put("jakarta.faces.partial.execute", ids(script, "p", button));
        post.put("jakarta.faces.partial.render", ids(script, "u", "file"));
        post.put(button, button);
        return client.post(path, "file", post);
    }

    private static org.ektefaa.beneficiaries.boundary.FileForm formWithIdentity() {
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                105_000_000L + new java.security.SecureRandom().nextInt(900_000)));
        form.setFirstName("ريم");
        form.setFatherName("خالد");
        form.setGrandfatherName("علي");
        form.setFamilyName("الشمري");
        return form;
    }

    /** A relations officer created through the administrators' boundary, signed in with a password of their own. */
    private FacesClient officerSignedIn(String username) {
        return officerSignedIn(username, org.ektefaa.platform.api.Role.RELATIONS_OFFICER);
    }

    /** A member of staff in {@code role}, created through the administrators' boundary, signed in with their own password. */
    private FacesClient officerSignedIn(String username, org.ektefaa.platform.api.Role role) {
        String temporary = users.create(username, "Officer", null, java.util.Set.of(role));
        FacesClient officer = new FacesClient(base.toString());
        officer.signIn(username, temporary);
        officer.get("account/password.xhtml");
        String chosen = "an officer's own passphrase";
        assertThat(officer.submit("password", Map.of("password:current", temporary, "password:chosen", chosen,
                "password:confirmation", chosen, "password:submit", "")).statusCode()).isEqualTo(302);
        return officer;
    }

    private String column(String sql, long id) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, id);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private String rawGet(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** The answer once the condition holds, within ten seconds (the servers re-read an account every five). */
    private static HttpResponse<String> eventually(Supplier<HttpResponse<String>> request,
                                                   java.util.function.Predicate<HttpResponse<String>> condition)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        HttpResponse<String> answer = request.get();
        while (!condition.test(answer) && System.nanoTime() < until) {
            Thread.sleep(500);
            answer = request.get();
        }
        assertThat(condition.test(answer)).as("within ten seconds: " + answer.statusCode()).isTrue();
        return answer;
    }

    private static void sql(String statement, String username) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
             PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, username);
            s.executeUpdate();
        }
    }
}

package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Staff sessions as an attacker would try them over HTTP (issue #17): a planted session id, a session kept after
 * the account was deactivated, lost a role or had its password reset, downloads with a temporary password, the
 * headers of every kind of response, redirects and cookies behind a TLS proxy, and the log under anonymous junk.
 * Account changes are written straight into the database, as an administrator on another server of a cluster
 * would make them: no message reaches this server, only the database changes.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

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
        for (String path : List.of("index.xhtml", "requests/intake.xhtml", "beneficiaries/export?id=1",
                "beneficiaries/document?id=1", "requests/attachment?id=1", "reporting/receipt?tracking=1447-000001",
                "reporting/export?kind=SATISFACTION&from=2026-01-01&to=2026-03-31&lang=ar", "reporting/file?id=1")) {
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
        answers.forEach((kind, answer) -> {
            assertThat(answer.statusCode()).as(kind).isNotEqualTo(200).isLessThan(500);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(kind).isPresent();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(kind).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(kind).isPresent();
        });
        assertThat(answers.get("fragment").statusCode()).isEqualTo(404);
        assertThat(answers.get("400 bogus view state").statusCode()).isEqualTo(400);

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
     * Inside the server: anonymous junk posts (forged view states, an oversized post) leave at most one short line
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
            HttpClient http = HttpClient.newHttpClient();
            String page = "http://127.0.0.1:" + base.getPort() + "/public/request.xhtml";
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(java.net.URI.create(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=bogus" + i + "&x=y")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(400);
                assertThat(answer.body()).contains("error-page").doesNotContain("\tat ").doesNotContain("Caused by");
            }
            HttpResponse<String> big = http.send(HttpRequest.newBuilder(java.net.URI.create(page))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("x=" + "a".repeat(3_000_000))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(big.statusCode()).isIn(400, 413);
        } finally {
            Logger.getLogger("").removeHandler(keep);
        }
        List<LogRecord> written;
        synchronized (records) {
            written = List.copyOf(records);
        }
        assertThat(written).noneMatch(r -> r.getThrown() != null);
        assertThat(written).hasSizeLessThanOrEqualTo(25);
        int characters = written.stream().mapToInt(r -> String.valueOf(r.getMessage()).length()).sum();
        assertThat(characters).isLessThan(25 * 200);
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

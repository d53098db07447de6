package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ektefaa.web.MicroProcess.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as an association starts it, without Arquillian: the release artifact ({@code java -jar
 * ektefaa.jar}) with no database configuration runs on the embedded database and opens its public home; Payara
 * Micro with the built WAR (the README's run command) then opens the same data; pointed at a database that does
 * not answer, it stops with one sentence that says what to set.
 */
class StartupIT {

    private static final String FIRST_ADMIN_LINE = "Created the first administrator account";

    @TempDir
    Path dataDir;

    @Test
    void theReleaseRunsOnTheEmbeddedDatabaseAndTheWarKeepsItsDataAcrossARestart() throws Exception {
        Path firstLog = dataDir.resolve("first.log");
        Path secondLog = dataDir.resolve("second.log");
        Path data = dataDir.resolve("data");

        try (MicroProcess release = MicroProcess.start(Launch.RELEASE, Map.of("EKTEFAA_DATA_DIR", data.toString()), firstLog)) {
            release.awaitReady();
            assertThat(release.get("/health/ready").body()).contains("\"status\":\"UP\"");
            HttpResponse<String> home = release.get("/");
            assertThat(home.statusCode()).as("log:%n%s", release.tail()).isEqualTo(200);
            assertThat(home.body()).contains("dir=\"rtl\"", "id=\"welcome\"", "href=\"/login.xhtml\"");
            HttpResponse<String> login = release.get("/login.xhtml");
            assertThat(login.body()).contains("dir=\"rtl\"").contains("تسجيل الدخول");
        }
        assertThat(Files.readString(firstLog)).contains(FIRST_ADMIN_LINE);
        assertThat(data.resolve("db.mv.db")).exists();

        // The second start also switches the demo data on: it loads into the embedded database, a demo board
        // member signs in, and the quarterly report's figures (every report query) come out of H2.
        try (MicroProcess second = MicroProcess.start(Launch.WAR,
                Map.of("EKTEFAA_DATA_DIR", data.toString(), "EKTEFAA_DEMO_DATA", "true"), secondLog)) {
            second.awaitReady();
            HttpClient browser = second.signIn("demo.board", "ektefaa-demo-2026");
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"));
            java.time.LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
            HttpResponse<String> csv = browser.send(HttpRequest.newBuilder(URI.create(second.base()
                    + "/reporting/export?kind=QUARTERLY&from=" + quarter + "&to=" + quarter.plusMonths(3).minusDays(1)
                    + "&lang=ar")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).as("log:%n%s", second.tail()).isEqualTo(200);
            // the tidy table (issue #23): one row per figure, under its section
            assertThat(csv.body()).contains("القسم", "الطلبات الواردة", "الموقع الإلكتروني للجمعية", "رضا المستفيدين");
            HttpResponse<byte[]> xlsx = browser.send(HttpRequest.newBuilder(URI.create(second.base()
                    + "/reporting/export?kind=MONTHLY&from=" + quarter + "&to=" + quarter.plusMonths(1).minusDays(1)
                    + "&lang=en&format=xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).as("a zip package").isEqualTo("PK");
        }
        // The administrator created at the first start is still there: no second one is made.
        assertThat(Files.readString(secondLog)).doesNotContain(FIRST_ADMIN_LINE);
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneClearLine() throws Exception {
        Path log = dataDir.resolve("unreachable.log");
        int deadPort = MicroProcess.freePort();
        try (MicroProcess micro = MicroProcess.start(Launch.WAR, Map.of("EKTEFAA_DB_URL",
                "jdbc:mariadb://127.0.0.1:" + deadPort + "/ektefaa", "EKTEFAA_DB_USER", "ektefaa",
                "EKTEFAA_DB_PASSWORD", "secret-value"), log)) {
            boolean ended = micro.process.waitFor(180, TimeUnit.SECONDS);
            String output = Files.readString(log);
            assertThat(ended).as("Payara Micro stops by itself").isTrue();
            assertThat(micro.process.exitValue()).isEqualTo(3);
            assertThat(output).contains("Ektefaa cannot reach its database at jdbc:mariadb://127.0.0.1:" + deadPort)
                    .contains("Set EKTEFAA_DB_URL, EKTEFAA_DB_USER and EKTEFAA_DB_PASSWORD")
                    .doesNotContain("EclipseLink-4002").doesNotContain("secret-value");
        }
    }
}

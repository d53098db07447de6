package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as the README starts it, without Arquillian: Payara Micro with the built WAR and no
 * database configuration runs on the embedded database and keeps its data across a restart; pointed at
 * a database that does not answer, it stops with one sentence that says what to set.
 */
class StartupIT {

    private static final String FIRST_ADMIN_LINE = "Created the first administrator account";

    @TempDir
    Path dataDir;

    @Test
    void withoutConfigurationItRunsOnTheEmbeddedDatabaseAndKeepsItsDataAcrossARestart() throws Exception {
        Path firstLog = dataDir.resolve("first.log");
        Path secondLog = dataDir.resolve("second.log");
        Path data = dataDir.resolve("data");

        Process first = start(Map.of("EKTEFAA_DATA_DIR", data.toString()), firstLog);
        try {
            int port = awaitReady(first, firstLog);
            HttpResponse<String> login = get(port, "/login.xhtml");
            assertThat(login.body()).contains("dir=\"rtl\"").contains("تسجيل الدخول");
        } finally {
            stop(first);
        }
        assertThat(Files.readString(firstLog)).contains(FIRST_ADMIN_LINE);
        assertThat(data.resolve("db.mv.db")).exists();

        // The second start also switches the demo data on: it loads into the embedded database, a demo board
        // member signs in, and the quarterly report's figures (every report query) come out of H2.
        Process second = start(Map.of("EKTEFAA_DATA_DIR", data.toString(), "EKTEFAA_DEMO_DATA", "true"), secondLog);
        try {
            int port = awaitReady(second, secondLog);
            assertThat(get(port, "/health/ready").body()).contains("\"status\":\"UP\"");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String page = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher state = java.util.regex.Pattern
                    .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            assertThat(state.find()).isTrue();
            String form = "login=login&login%3Ausername=demo.board&login%3Apassword=ektefaa-demo-2026&login%3Asubmit="
                    + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
            browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"));
            java.time.LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
            HttpResponse<String> csv = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/reporting/export?kind=QUARTERLY&from=" + quarter + "&to=" + quarter.plusMonths(3).minusDays(1)
                    + "&lang=ar")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).as("log:%n%s", tail(secondLog)).isEqualTo(200);
            assertThat(csv.body()).contains("الطلبات الواردة", "الموقع الإلكتروني للجمعية", "الالتزام بالسياسة");
            HttpResponse<byte[]> xlsx = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/reporting/export?kind=MONTHLY&from=" + quarter + "&to=" + quarter.plusMonths(1).minusDays(1)
                    + "&lang=en&format=xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).as("a zip package").isEqualTo("PK");
        } finally {
            stop(second);
        }
        // The administrator created at the first start is still there: no second one is made.
        assertThat(Files.readString(secondLog)).doesNotContain(FIRST_ADMIN_LINE);
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneClearLine() throws Exception {
        Path log = dataDir.resolve("unreachable.log");
        int deadPort = freePort();
        Process process = start(Map.of("EKTEFAA_DB_URL", "jdbc:mariadb://127.0.0.1:" + deadPort + "/ektefaa",
                "EKTEFAA_DB_USER", "ektefaa", "EKTEFAA_DB_PASSWORD", "secret-value"), log);
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            stop(process);
        }
        String output = Files.readString(log);
        assertThat(ended).as("Payara Micro stops by itself").isTrue();
        assertThat(process.exitValue()).isEqualTo(3);
        assertThat(output).contains("Ektefaa cannot reach its database at jdbc:mariadb://127.0.0.1:" + deadPort)
                .contains("Set EKTEFAA_DB_URL, EKTEFAA_DB_USER and EKTEFAA_DB_PASSWORD")
                .doesNotContain("EclipseLink-4002").doesNotContain("secret-value");
    }

    private static Process start(Map<String, String> settings, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("ektefaa.war"), "--contextroot", "/",
                "--nocluster", "--port", String.valueOf(port), "--sslport", String.valueOf(freePort()),
                "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The failsafe run configures MariaDB for the Arquillian tests; these runs choose for themselves.
        builder.environment().keySet().removeIf(k -> k.startsWith("EKTEFAA_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        Files.writeString(log.resolveSibling(log.getFileName() + ".port"), String.valueOf(port));
        return process;
    }

    private static int awaitReady(Process process, Path log) throws Exception {
        int port = Integer.parseInt(Files.readString(log.resolveSibling(log.getFileName() + ".port")));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("Payara Micro is running; its log:%n%s", tail(log)).isTrue();
            try {
                if (get(port, "/health/ready").statusCode() == 200) {
                    return port;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not ready within 180 s; log:\n" + tail(log));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }
}

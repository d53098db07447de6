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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application started as an association starts it, outside Arquillian: the release artifact
 * ({@code java -jar ektefaa.jar}) or Payara Micro with the built WAR (what {@code mvn package payara-micro:start}
 * does), configured only by environment variables, on a free port, its output in a log file.
 */
final class MicroProcess implements AutoCloseable {

    /** How the application is started. */
    enum Launch {
        /** {@code java -jar target/ektefaa.jar}: the release an association installs. */
        RELEASE,
        /** {@code java -jar payara-micro.jar --deploy target/ektefaa.war}: the README's run command. */
        WAR
    }

    final Process process;
    final Path log;
    final int port;

    private MicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static MicroProcess start(Launch launch, Map<String, String> settings, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar")); // as arquillian.xml: a short-lived server
        if (launch == Launch.RELEASE) {
            command.add(System.getProperty("ektefaa.release"));
        } else {
            command.addAll(List.of(System.getProperty("payara.microJar"), "--deploy", System.getProperty("ektefaa.war"),
                    "--contextroot", "/", "--nocluster", "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin"));
        }
        command.addAll(List.of("--port", String.valueOf(port), "--sslport", String.valueOf(freePort())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The failsafe run configures MariaDB for the Arquillian tests; these runs choose for themselves.
        builder.environment().keySet().removeIf(k -> k.startsWith("EKTEFAA_"));
        builder.environment().putAll(settings);
        return new MicroProcess(builder.start(), log, port);
    }

    private static final int READY_SECONDS = 300;

    /**
     * Waits until {@code /health/ready} answers 200: five minutes at most. A start that loads the demo data on the
     * embedded database in this JVM's quick-start settings (C1 only, a 512 MB heap, serial GC) took 495 s on a 2-core
     * machine on 2026-12-07, 452 s of it the demo data: a flight recording put 73 % of the time in the persistence
     * contexts' change checks before each query, over everything the one-transaction load had touched. Since the demo
     * settles its modules' contexts between steps ({@code DemoDataRequested.settle}) the whole test takes 79 s.
     */
    MicroProcess awaitReady() throws Exception {
        Instant started = Instant.now();
        Instant deadline = started.plus(Duration.ofSeconds(READY_SECONDS));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("Payara Micro is running; its log:%n%s", tail()).isTrue();
            try {
                if (get("/health/ready").statusCode() == 200) {
                    System.out.println("Payara Micro ready in " + Duration.between(started, Instant.now()).toSeconds() + " s");
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not ready within " + READY_SECONDS + " s; log:\n" + tail());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A browser-like client (cookies, redirects followed) signed in through the sign-in form. */
    HttpClient signIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(state.find()).isTrue();
        String form = "login=login&login%3Ausername=" + username + "&login%3Apassword="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.body()).as("signed in as %s", username).contains("shell-nav");
        return browser;
    }

    /** The last 4,000 characters of the log. */
    String tail() throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

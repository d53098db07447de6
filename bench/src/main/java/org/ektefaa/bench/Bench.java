package org.ektefaa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.ektefaa.platform.api.protect.FieldProtection;
import org.ektefaa.platform.api.protect.OneTimeTokens;

/**
 * The benchmark: builds two MariaDB databases with {@link Generate} (the baseline at 1/1000 of the full scale, and
 * the full scale), starts the real application (the WAR on Payara Micro, as in production) on each, and measures
 * each figure beside its baseline. Results go to {@code bench/target/results.md}; {@code BENCHMARKS.md} records a
 * run. Run it with {@code bench/run} (see {@code BENCHMARKS.md}); it is not a test and CI does not run it.
 */
public final class Bench {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final String DB_USER = "ektefaa_bench";
    private static final String DB_PASSWORD = "bench-db-password";

    private final Path root;
    private final Path work;
    private final double scale;
    private final int users;
    private final boolean regenerate;
    private final List<String> lines = new ArrayList<>();
    private final String fieldKey;

    private Bench(Path root, double scale, int users, boolean regenerate) throws IOException {
        this.root = root;
        this.work = root.resolve("bench/target/work");
        this.scale = scale;
        this.users = users;
        this.regenerate = regenerate;
        Files.createDirectories(work);
        Path key = work.resolve("field.key");
        if (!Files.exists(key)) {
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            Files.writeString(key, Base64.getEncoder().encodeToString(secret));
        }
        this.fieldKey = Files.readString(key).trim();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Path root = Path.of(options.getOrDefault("root", "..")).toAbsolutePath().normalize();
        Bench bench = new Bench(root, Double.parseDouble(options.getOrDefault("scale", "1")),
                Integer.parseInt(options.getOrDefault("users", "20")), Boolean.parseBoolean(options.getOrDefault("regenerate", "false")));
        if (Boolean.parseBoolean(options.getOrDefault("data-only", "false"))) {
            // bench/run --data-only: the two datasets, ready for EXPLAIN and for timing by hand, nothing measured
            System.out.println("full scale: " + bench.dataset("ektefaa_bench", bench.scale));
            System.out.println("baseline: " + bench.dataset("ektefaa_bench_small", bench.scale / 1000));
            return;
        }
        bench.run();
    }

    private void run() throws Exception {
        say("# Ektefaa benchmark run");
        say("");
        say("- Started " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 30)
                + " GiB, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; MariaDB "
                + mariadbVersion());
        say("- Scale " + scale + " (baseline " + scale / 1000 + "), " + users + " concurrent users");
        say("");

        // Start-up of an empty Payara Micro: the floor under the application's own start-up.
        App empty = App.start(root, work, null, Map.of(), 18090);
        say("| Figure | Ektefaa | Baseline | Ratio | Target |");
        say("|---|---|---|---|---|");
        long emptyStart = empty.startMillis;
        long emptyHeap = empty.heapAfterGc();
        empty.stop();

        Map<String, Long> small = dataset("ektefaa_bench_small", scale / 1000);
        Map<String, Long> large = dataset("ektefaa_bench", scale);

        Measured base = measure("ektefaa_bench_small", 18081, false);
        Measured full = measure("ektefaa_bench", 18082, true);

        row("Start-up to the first served page (ms), " + large.get("req_request") + " requests", full.startMillis,
                emptyStart, "empty Payara Micro", "—");
        row("Heap after start and a full GC (MB)", full.heapAfterStart >> 20, emptyHeap >> 20, "empty Payara Micro", "—");
        for (String page : full.latencies.keySet()) {
            Stats f = full.latencies.get(page);
            Stats b = base.latencies.get(page);
            row(page + " p50 (ms)", f.p50(), b.p50(), small.get("req_request") + " requests", "≤ 2×");
            row(page + " p95 (ms)", f.p95(), b.p95(), small.get("req_request") + " requests", "≤ 2×");
        }
        row("Search by Arabic name over " + large.get("ben_beneficiary") + " files, p95 (ms)",
                full.latencies.get("Beneficiary search by Arabic name").p95(), null, "", "—");
        row(users + " signed-in users working at once (reading each page 1–3 s), every page, p95 (ms)", full.working.p95(),
                null, "", "< 300 ms");
        row(users + " signed-in users working at once (reading each page 1–3 s), every page, p50 (ms)", full.working.p50(),
                null, "", "—");
        row(users + " signed-in users without a pause (saturation), every page, p95 (ms)", full.concurrent.p95(), null, "", "—");
        row(users + " signed-in users without a pause (saturation), every page, p50 (ms)", full.concurrent.p50(), null, "", "—");
        row("Quarterly board report, generated on demand (ms)", full.reportMillis, full.aggregationMillis,
                "its SQL aggregation alone", "≤ 3×");
        row("Quarterly board report, peak heap during it (MB)", full.reportPeakHeap >> 20, null, "", "< 512 MB");
        row("Public survey answers per second", full.surveysPerSecond, full.rawSurveysPerSecond,
                "raw JDBC insert of the same rows", "≥ 0.3");
        row("Website requests per second", full.requestsPerSecond, full.rawRequestsPerSecond,
                "raw JDBC insert of the same rows", "≥ 0.3");
        say("");
        say("Rows generated (full scale): " + large);
        say("Rows generated (baseline): " + small);
        say("- Finished " + Instant.now());
        Path out = root.resolve("bench/target/results.md");
        Files.write(out, lines);
        System.out.println("\nResults written to " + out);
    }

    private void say(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private void row(String figure, Number value, Number baseline, String what, String target) {
        String ratio = baseline == null || baseline.doubleValue() == 0 ? "" : String.format(Locale.ROOT, "%.2f", value.doubleValue() / baseline.doubleValue());
        say("| " + figure + " | " + format(value) + " | " + (baseline == null ? "" : format(baseline) + " (" + what + ")")
                + " | " + ratio + " | " + target + " |");
    }

    private static String format(Number n) {
        return n instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(n);
    }

    private String mariadbVersion() throws Exception {
        try (Connection c = admin(); ResultSet rs = c.createStatement().executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
    }

    static Connection database(String name) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + name, DB_USER, DB_PASSWORD);
    }

    /** Creates, migrates (the application's own start) and fills a database, unless it was filled at this scale. */
    private Map<String, Long> dataset(String name, double at) throws Exception {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS '" + DB_USER + "'@'localhost' IDENTIFIED BY '" + DB_PASSWORD + "'");
            s.execute("CREATE USER IF NOT EXISTS '" + DB_USER + "'@'127.0.0.1' IDENTIFIED BY '" + DB_PASSWORD + "'");
            s.execute("GRANT ALL ON `ektefaa_bench%`.* TO '" + DB_USER + "'@'localhost'");
            s.execute("GRANT ALL ON `ektefaa_bench%`.* TO '" + DB_USER + "'@'127.0.0.1'");
            ResultSet marker = s.executeQuery("select count(*) from information_schema.tables where table_schema = '" + name
                    + "' and table_name = 'bench_scale'");
            marker.next();
            if (marker.getInt(1) == 1 && !regenerate) {
                ResultSet same = s.executeQuery("select scale, rows_written from `" + name + "`.bench_scale");
                if (same.next() && same.getDouble(1) == at) {
                    System.out.println("Reusing " + name + " (scale " + at + ")");
                    return parse(same.getString(2));
                }
            }
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        App.start(root, work, name, env(name), 18083).stop(); // the application's migrations create the tables
        long started = System.nanoTime();
        Map<String, Long> written;
        try (Connection c = database(name)) {
            written = new Generate(c, at, new FieldProtection(Base64.getDecoder().decode(fieldKey)), Instant.now()).run();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_scale (scale DOUBLE, rows_written VARCHAR(2000))");
                s.execute("INSERT INTO bench_scale VALUES (" + at + ", '" + written + "')");
            }
        }
        System.out.printf(Locale.ROOT, "Generated %s at scale %s in %d s: %s%n", name, at,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), written);
        return written;
    }

    private static Map<String, Long> parse(String text) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (String part : text.replace("{", "").replace("}", "").split(", ")) {
            String[] kv = part.split("=");
            map.put(kv[0], Long.parseLong(kv[1]));
        }
        return map;
    }

    private Map<String, String> env(String database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("EKTEFAA_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + database);
        env.put("EKTEFAA_DB_USER", DB_USER);
        env.put("EKTEFAA_DB_PASSWORD", DB_PASSWORD);
        env.put("EKTEFAA_FIELD_KEY", fieldKey);
        env.put("EKTEFAA_DATA_DIR", work.resolve("data-" + database).toString());
        env.put("EKTEFAA_ADMIN_PASSWORD", "bench-admin-password-2026");
        env.put("EKTEFAA_PUBLIC_REQUESTS_PER_HOUR", "1000000");
        return env;
    }

    /** What one run of the application on one database measured. */
    private static final class Measured {
        long startMillis;
        long heapAfterStart;
        final Map<String, Stats> latencies = new LinkedHashMap<>();
        Stats concurrent;
        Stats working;
        long reportMillis;
        long aggregationMillis;
        long reportPeakHeap;
        double surveysPerSecond;
        double rawSurveysPerSecond;
        double requestsPerSecond;
        double rawRequestsPerSecond;
    }

    /** How long an officer reads a page before the next, on average. */
    private static final long THINK_MILLIS = 2000;

    private Measured measure(String database, int port, boolean everything) throws Exception {
        App app = App.start(root, work, database, env(database), port);
        Measured m = new Measured();
        try {
            m.startMillis = app.startMillis;
            m.heapAfterStart = app.heapAfterGc();
            String base = "http://127.0.0.1:" + port + "/";
            Session officer = new Session(base);
            officer.signIn("bench.officer1", Generate.PASSWORD);
            int samples = 60;
            for (int warm = 0; warm < 10; warm++) {
                Pages.all(officer, warm);
            }
            for (String page : Pages.NAMES) {
                m.latencies.put(page, new Stats());
            }
            for (int i = 0; i < samples; i++) {
                Pages.timed(officer, i, m.latencies);
            }
            m.latencies.forEach((page, stats) -> System.out.printf(Locale.ROOT, "  %s on %s: p50 %.1f ms, p95 %.1f ms%n",
                    page, database, stats.p50(), stats.p95()));
            if (!everything) {
                return m;
            }
            m.concurrent = concurrent(base);
            System.out.printf(Locale.ROOT, "  %d users at once: p50 %.1f ms, p95 %.1f ms%n", users, m.concurrent.p50(), m.concurrent.p95());
            m.working = concurrent(base, THINK_MILLIS);
            System.out.printf(Locale.ROOT, "  %d users working (reading each page about %d s): p50 %.1f ms, p95 %.1f ms%n",
                    users, THINK_MILLIS / 1000, m.working.p50(), m.working.p95());
            report(app, base, database, m);
            System.out.printf(Locale.ROOT, "  quarterly report %d ms, SQL aggregation %d ms, peak heap %d MB%n",
                    m.reportMillis, m.aggregationMillis, m.reportPeakHeap >> 20);
            surveys(base, database, m);
            System.out.printf(Locale.ROOT, "  surveys %.1f/s, raw %.1f/s%n", m.surveysPerSecond, m.rawSurveysPerSecond);
            websiteRequests(base, database, m);
            System.out.printf(Locale.ROOT, "  website requests %.1f/s, raw %.1f/s%n", m.requestsPerSecond, m.rawRequestsPerSecond);
            return m;
        } finally {
            app.stop();
        }
    }

    /** {@link #users} officers signed in at once, each going through every measured page 5 times. */
    private Stats concurrent(String base) throws Exception {
        return concurrent(base, 0);
    }

    /**
     * {@link #users} officers signed in at once, each going through every measured page 5 times. With
     * {@code thinkMillis} 0 each starts the next page the moment the last one arrived (the server's saturation);
     * otherwise each reads a page for a random time between half and one and a half times it, as people do.
     */
    private Stats concurrent(String base, long thinkMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<Map<String, Stats>>> runs = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            String user = "bench.officer" + u;
            runs.add(pool.submit(() -> {
                Session s = new Session(base);
                s.signIn(user, Generate.PASSWORD);
                Pages.all(s, 0);
                Map<String, Stats> mine = new LinkedHashMap<>();
                for (String page : Pages.NAMES) {
                    mine.put(page, new Stats());
                }
                java.util.Random reading = new java.util.Random(user.hashCode());
                for (int i = 0; i < 5; i++) {
                    Pages.timed(s, i + user.hashCode(), mine,
                            () -> Thread.sleep(thinkMillis == 0 ? 0 : thinkMillis / 2 + (long) (reading.nextDouble() * thinkMillis)));
                }
                return mine;
            }));
        }
        try {
            Stats all = new Stats();
            for (Future<Map<String, Stats>> run : runs) {
                run.get().values().forEach(all::addAll);
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The board's quarterly report for the last full quarter, on demand, and the SQL aggregation it rests on. */
    private void report(App app, String base, String database, Measured m) throws Exception {
        LocalDate today = LocalDate.now(RIYADH);
        LocalDate first = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusMonths(3);
        LocalDate last = first.plusMonths(3).minusDays(1);
        Session board = new Session(base);
        board.signIn("bench.board", Generate.PASSWORD);
        board.get("reporting/reports.xhtml");
        app.resetPeaks();
        long started = System.nanoTime();
        String answer = board.ajax("reports", "reports:produce", "@all", "reports", Map.of("reports:kind_input", "QUARTERLY",
                "reports:from_input", first.toString(), "reports:to_input", last.toString(), "reports:language_input", "ar",
                "reports:meeting", "benchmark", "reports:produce", "reports:produce"));
        m.reportMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        m.reportPeakHeap = app.peakHeap();
        if (!answer.contains(first.toString()) && !answer.contains("1447") && !answer.contains("1448")) {
            throw new IllegalStateException("the report did not appear in the archive: " + answer.substring(0, Math.min(800, answer.length())));
        }
        try (Connection c = database(database)) {
            Aggregation.run(c, first, last); // warm, as the application's own queries were by the pages before
            started = System.nanoTime();
            Aggregation.run(c, first, last);
            m.aggregationMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
    }

    /** Survey answers through the public page (open, answer) against the same rows written by raw JDBC. */
    private void surveys(String base, String database, Measured m) throws Exception {
        int tokens;
        try (Connection c = database(database); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from sat_invitation where tracking_number = '1448-999999' and status = 'SENT'")) {
            rs.next();
            tokens = rs.getInt(1);
        }
        int half = tokens / 2;
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        parallel(8, half, () -> {
            int t = next.incrementAndGet();
            Session person = new Session(base);
            String page = person.get("public/survey.xhtml?t=" + Generate.token(t) + "&lang=ar");
            Map<String, String> answers = new LinkedHashMap<>();
            Session.radios(page).forEach((name, values) -> answers.put(name, values.get(values.size() * 3 / 4)));
            if (answers.isEmpty()) {
                throw new IllegalStateException("no questions on the survey page for token " + t);
            }
            answers.put("survey:send", "");
            String done = person.submit("survey", answers);
            if (!done.contains("thanksText")) {
                throw new IllegalStateException("survey " + t + " was not accepted");
            }
            return null;
        });
        m.surveysPerSecond = half / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        AtomicInteger raw = new AtomicInteger(half);
        started = System.nanoTime();
        parallel(8, tokens - half, () -> {
            try (Connection c = database(database)) {
                RawInserts.survey(c, OneTimeTokens.hash(Generate.token(raw.incrementAndGet())));
            }
            return null;
        });
        m.rawSurveysPerSecond = (tokens - half) / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    /** Requests through the website form (open, send) against the same rows written by raw JDBC. */
    private void websiteRequests(String base, String database, Measured m) throws Exception {
        int count = 500;
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        parallel(8, count, () -> {
            int n = next.incrementAndGet();
            Session person = new Session(base);
            person.get("public/request.xhtml?lang=ar");
            String done = person.submit("publicRequest", Map.of("publicRequest:type", "INQUIRY",
                    "publicRequest:serviceCode_input", "", "publicRequest:name", "مستفيد " + n,
                    "publicRequest:mobile", "055" + (1000000 + n), "publicRequest:subject", "سؤال رقم " + n,
                    "publicRequest:details", "", "publicRequest:website", "", "publicRequest:consent_input", "on",
                    "publicRequest:send", ""));
            if (!done.contains("publicTracking")) {
                throw new IllegalStateException("website request " + n + " was not accepted");
            }
            return null;
        });
        m.requestsPerSecond = count / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        AtomicInteger raw = new AtomicInteger();
        started = System.nanoTime();
        parallel(8, count, () -> {
            try (Connection c = database(database)) {
                RawInserts.request(c, raw.incrementAndGet());
            }
            return null;
        });
        m.rawRequestsPerSecond = count / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    private static void parallel(int threads, int tasks, Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Void>> all = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            all.add(pool.submit(task));
        }
        try {
            for (Future<Void> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Latency samples in milliseconds. */
    static final class Stats {
        private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());

        void add(double millis) {
            samples.add(millis);
        }

        void addAll(Stats other) {
            samples.addAll(other.samples);
        }

        private double percentile(double p) {
            List<Double> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        Double p50() {
            return percentile(50);
        }

        Double p95() {
            return percentile(95);
        }
    }

    /** The application on Payara Micro in its own JVM, watched over JMX. */
    static final class App {
        private final Process process;
        private final JMXConnector jmx;
        final long startMillis;

        private App(Process process, JMXConnector jmx, long startMillis) {
            this.process = process;
            this.jmx = jmx;
            this.startMillis = startMillis;
        }

        static App start(Path root, Path work, String database, Map<String, String> env, int port) throws Exception {
            Path micro = Path.of(System.getProperty("user.home"), ".m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar");
            int jmxPort = port + 1000;
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                    "-Djava.rmi.server.hostname=127.0.0.1", "-jar", micro.toString(), "--nocluster", "--port",
                    String.valueOf(port), "--sslport", String.valueOf(port + 400),
                    "--rootdir", work.resolve("payara-" + port).toString()));
            if (database != null) {
                command.addAll(List.of("--prebootcommandfile", root.resolve("webapp/src/main/payara/pre-boot-commands.asadmin").toString(),
                        "--deploy", root.resolve("webapp/target/ektefaa.war").toString(), "--contextroot", "/"));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("payara-" + port + ".log").toFile());
            builder.environment().putAll(env);
            long started = System.nanoTime();
            Process process = builder.start();
            HttpClient http = HttpClient.newHttpClient();
            URI probe = URI.create("http://127.0.0.1:" + port + (database == null ? "/" : "/login.xhtml"));
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped; see " + work.resolve("payara-" + port + ".log"));
                }
                try {
                    int status = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (database == null || status == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (Duration.ofNanos(System.nanoTime() - started).toMinutes() > 10) {
                    process.destroyForcibly();
                    throw new IllegalStateException("not ready within 10 minutes");
                }
                Thread.sleep(100);
            }
            long startMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            // Payara answers pages before it has finished starting: measure from here only once it says it is ready
            Path log = work.resolve("payara-" + port + ".log");
            while (!Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).matches("(?s).*Payara Micro .* ready in .*")) {
                Thread.sleep(200);
            }
            JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(
                    "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
            return new App(process, jmx, startMillis);
        }

        long heapAfterGc() throws Exception {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            server.invoke(new ObjectName("java.lang:type=Memory"), "gc", null, null);
            Thread.sleep(500);
            javax.management.openmbean.CompositeData usage = (javax.management.openmbean.CompositeData)
                    server.getAttribute(new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage");
            return (Long) usage.get("used");
        }

        private List<MemoryPoolMXBean> heapPools() throws Exception {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            List<MemoryPoolMXBean> pools = new ArrayList<>();
            for (ObjectName name : server.queryNames(new ObjectName("java.lang:type=MemoryPool,*"), null)) {
                MemoryPoolMXBean pool = ManagementFactory.newPlatformMXBeanProxy(server, name.toString(), MemoryPoolMXBean.class);
                if (pool.getType() == MemoryType.HEAP) {
                    pools.add(pool);
                }
            }
            return pools;
        }

        /** Forgets the pools' peaks after a full GC, so {@link #peakHeap} tells what the next action needed. */
        void resetPeaks() throws Exception {
            heapAfterGc();
            for (MemoryPoolMXBean pool : heapPools()) {
                pool.resetPeakUsage();
            }
        }

        /** The sum of the heap pools' peaks since {@link #resetPeaks} (an upper bound of the heap used at once). */
        long peakHeap() throws Exception {
            long peak = 0;
            for (MemoryPoolMXBean pool : heapPools()) {
                peak += pool.getPeakUsage().getUsed();
            }
            return peak;
        }

        void stop() throws Exception {
            jmx.close();
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The rows each public submission writes, written directly: the database's own limit for that work. */
    static final class RawInserts {

        private RawInserts() {
        }

        static void survey(Connection c, String tokenHash) throws Exception {
            c.setAutoCommit(false);
            long invitation;
            try (PreparedStatement find = c.prepareStatement("select id from sat_invitation where token_hash = ? for update")) {
                find.setString(1, tokenHash);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    invitation = rs.getLong(1);
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            long response;
            try (PreparedStatement insert = c.prepareStatement("insert into sat_response (invitation_id, template_id, request_type,"
                    + " channel, overall, speed, courtesy, clarity, effort, recommend, anonymous, kiosk, answered_at, follow_up,"
                    + " version) values (?, 1, 'INQUIRY', 'WEBSITE', 4, 4, 4, 4, 6, 8, false, false, ?, false, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, invitation);
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    response = keys.getLong(1);
                }
            }
            try (PreparedStatement fact = c.prepareStatement("insert into rep_survey_fact (response_id, answered_at, request_type,"
                    + " channel, overall, speed, courtesy, clarity, effort, recommend) values (?, ?, 'INQUIRY', 'WEBSITE', 4, 4, 4, 4, 6, 8)");
                 PreparedStatement used = c.prepareStatement("update sat_invitation set status = 'ANSWERED', answered_at = ?,"
                         + " version = version + 1 where id = ?")) {
                fact.setLong(1, response);
                fact.setTimestamp(2, now);
                fact.executeUpdate();
                used.setTimestamp(1, now);
                used.setLong(2, invitation);
                used.executeUpdate();
            }
            c.commit();
        }

        static void request(Connection c, int n) throws Exception {
            c.setAutoCommit(false);
            long number;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update req_tracking_counter set last_number = last_number + 1 where hijri_year = 1400");
                if (s.getUpdateCount() == 0) {
                    s.executeUpdate("insert ignore into req_tracking_counter values (1400, 0)");
                    s.executeUpdate("update req_tracking_counter set last_number = last_number + 1 where hijri_year = 1400");
                }
                try (ResultSet rs = s.executeQuery("select last_number from req_tracking_counter where hijri_year = 1400")) {
                    rs.next();
                    number = rs.getLong(1);
                }
            }
            String tracking = String.format(Locale.ROOT, "1400-%06d", number);
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            try (PreparedStatement insert = c.prepareStatement("insert into req_request (tracking_number, type, channel, subject,"
                    + " status, paused_days, created_at, created_by, version, applicant_name, applicant_mobile, language)"
                    + " values (?, 'INQUIRY', 'WEBSITE', ?, 'RECEIVED', 0, ?, 'website', 0, ?, ?, 'ar')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, tracking);
                insert.setString(2, "سؤال رقم " + n);
                insert.setTimestamp(3, now);
                insert.setString(4, "مستفيد " + n);
                insert.setString(5, "+96655" + (1000000 + n));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement step = c.prepareStatement("insert into req_request_step (request_id, to_status, actor,"
                    + " occurred_at) values (?, 'RECEIVED', 'website', ?)");
                 PreparedStatement fact = c.prepareStatement("insert into rep_request_fact (request_id, tracking_number,"
                         + " request_type, channel, received_at, deliveries) values (?, ?, 'INQUIRY', 'WEBSITE', ?, 0)")) {
                step.setLong(1, id);
                step.setTimestamp(2, now);
                step.executeUpdate();
                fact.setLong(1, id);
                fact.setString(2, tracking);
                fact.setTimestamp(3, now);
                fact.executeUpdate();
            }
            c.commit();
        }
    }
}

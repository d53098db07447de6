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
import org.ektefaa.platform.kernel.FieldProtection;
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
        if (Boolean.parseBoolean(options.getOrDefault("report-only", "false"))) {
            // bench/run --report-only: only the board's quarterly report against its SQL, three times, printed
            bench.reportOnly();
            return;
        }
        if (Boolean.parseBoolean(options.getOrDefault("working-only", "false"))) {
            // bench/run --working-only: only the officers working at a reading pace on the full dataset, printed
            bench.workingOnly();
            return;
        }
        if (Boolean.parseBoolean(options.getOrDefault("import-only", "false"))) {
            // bench/run --import-only: an association's spreadsheet of 10,000 rows checked and imported (issue #25)
            bench.importOnly();
            return;
        }
        if (Boolean.parseBoolean(options.getOrDefault("names-only", "false"))) {
            // bench/run --names-only: the name search over 1,000, 100,000 and 1,000,000 files (issue #24), printed
            bench.namesOnly(Long.parseLong(options.getOrDefault("names-upto", "1000000")));
            return;
        }
        if (Boolean.parseBoolean(options.getOrDefault("pages-only", "false"))) {
            // bench/run --pages-only: every page signed in alone on both datasets, p50/p95 and their ratio, printed
            bench.pagesOnly();
            return;
        }
        if (Boolean.parseBoolean(options.getOrDefault("spike-only", "false"))) {
            // bench/run --spike-only: the campaign spike alone on the full dataset, printed (for trying a change)
            bench.spikeOnly();
            return;
        }
        bench.run();
    }

    private void reportOnly() throws Exception {
        prepare("ektefaa_bench", true);
        App app = App.start(root, work, "ektefaa_bench", env("ektefaa_bench"), 18082);
        try {
            for (int i = 0; i < 3; i++) {
                Measured m = new Measured();
                report(app, "http://127.0.0.1:18082/", "ektefaa_bench", m);
                System.out.printf(Locale.ROOT, "  quarterly report %d ms, SQL aggregation %d ms, peak heap %d MB%n",
                        m.reportMillis, m.aggregationMillis, m.reportPeakHeap >> 20);
            }
        } finally {
            app.stop();
        }
    }

    private void workingOnly() throws Exception {
        prepare("ektefaa_bench", true);
        App app = App.start(root, work, "ektefaa_bench", env("ektefaa_bench"), 18082);
        try {
            String base = "http://127.0.0.1:18082/";
            Session officer = new Session(base);
            officer.signIn("bench.officer1", Generate.PASSWORD);
            for (int warm = 0; warm < 10; warm++) {
                Pages.all(officer, warm);
            }
            Map<String, Stats> byPage = concurrent(base, THINK_MILLIS);
            byPage.forEach((page, stats) -> System.out.printf(Locale.ROOT, "    %s, %d users working: p50 %.1f ms, p95 %.1f ms%n",
                    page, users, stats.p50(), stats.p95()));
            Stats working = all(byPage);
            System.out.printf(Locale.ROOT, "  %d users working (reading each page about %d s): p50 %.1f ms, p95 %.1f ms%n",
                    users, THINK_MILLIS / 1000, working.p50(), working.p95());
        } finally {
            app.stop();
        }
    }

    static final String PART = "Beneficiary search by a name typed in part";
    static final String PART_NEXT = "Beneficiary search by a name typed in part, next page";

    /**
     * The name search alone over datasets of files only (no requests): 1,000, 100,000 and 1,000,000 files (scale times
     * 0.01, 1 and 10), each keyed by the application after its start ({@code NameIndex}, as after an upgrade; how long
     * it took is printed), then 200 searches of a first and a family name and of the same typed in part, each with its
     * next page, by one officer. {@code --names-upto=N} leaves out the datasets larger than N files.
     */
    private void namesOnly(long upTo) throws Exception {
        Map<String, Map<String, Stats>> results = new LinkedHashMap<>();
        for (Object[] set : new Object[][] {{"ektefaa_bench_names_1k", 0.01}, {"ektefaa_bench_names_100k", 1.0},
            {"ektefaa_bench_names_1m", 10.0}}) {
            String database = (String) set[0];
            double at = scale * (Double) set[1];
            if (at * 100_000 > upTo) {
                continue; // --names-upto=100000: the smaller datasets only (for trying a change)
            }
            Map<String, Long> written = dataset(database, at, true);
            prepare(database, false);
            App app = App.start(root, work, database, env(database), 18084);
            try {
                long waiting = System.nanoTime();
                try (Connection c = database(database); Statement s = c.createStatement()) {
                    long left = -1;
                    int still = 0;
                    while (true) {
                        try (ResultSet rs = s.executeQuery("select count(*) from ben_beneficiary where name_keys_version < "
                                + org.ektefaa.beneficiaries.entity.Beneficiary.NAME_KEYS_VERSION)) {
                            rs.next();
                            if (rs.getLong(1) == 0) {
                                break;
                            }
                            still = rs.getLong(1) == left ? still + 1 : 0;
                            left = rs.getLong(1);
                        }
                        if (still == 30) {
                            throw new IllegalStateException(left + " files are still not keyed a minute later: see "
                                    + work.resolve("payara-18084.log"));
                        }
                        Thread.sleep(2_000);
                    }
                }
                System.out.printf(Locale.ROOT, "  %s: %d files, keyed %d s after start-up%n", database,
                        written.get("ben_beneficiary"), Duration.ofNanos(System.nanoTime() - waiting).toSeconds());
                Session officer = new Session("http://127.0.0.1:18084/");
                officer.signIn("bench.officer1", Generate.PASSWORD);
                Map<String, Stats> pages = new LinkedHashMap<>();
                for (String page : List.of(Pages.SEARCH, Pages.SEARCH_NEXT, PART, PART_NEXT)) {
                    pages.put(page, new Stats());
                }
                for (int i = -20; i < 200; i++) {
                    Map<String, Stats> into = i < 0 ? null : pages;
                    Pages.search(officer, Pages.name(i), Pages.SEARCH, Pages.SEARCH_NEXT, into, () -> { });
                    Pages.search(officer, Pages.namePart(i), PART, PART_NEXT, into, () -> { });
                }
                results.put(written.get("ben_beneficiary") + " files", pages);
                pages.forEach((page, st) -> System.out.printf(Locale.ROOT, "  %s over %d files: p50 %.1f ms, p95 %.1f ms%n",
                        page, written.get("ben_beneficiary"), st.p50(), st.p95()));
            } finally {
                app.stop();
            }
        }
        List<String> sets = new ArrayList<>(results.keySet());
        if (sets.size() < 2) {
            return;
        }
        System.out.println("| Page (p50 / p95, ms) | " + String.join(" | ", sets) + " | p95 ratio " + sets.get(1) + " / "
                + sets.get(0) + " |");
        System.out.println("|---|---|---|---|---|");
        for (String page : results.get(sets.get(0)).keySet()) {
            StringBuilder row = new StringBuilder("| " + page + " | ");
            for (String set : sets) {
                Stats st = results.get(set).get(page);
                row.append(String.format(Locale.ROOT, "%.1f / %.1f | ", st.p50(), st.p95()));
            }
            row.append(String.format(Locale.ROOT, "%.2f |", results.get(sets.get(1)).get(page).p95()
                    / results.get(sets.get(0)).get(page).p95()));
            System.out.println(row);
        }
    }

    /**
     * Issue #25: an administrator uploads a spreadsheet of 10,000 rows (people and their household members, past aid),
     * checks it and imports it, on a fresh copy of the 1,000-file dataset, while an officer searches files; how long
     * the check and the import take, the heap they need, and the officer's pages meanwhile.
     */
    private void importOnly() throws Exception {
        String database = "ektefaa_bench_import";
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`"); // the import adds to it: a fresh one every run
        }
        dataset(database, 0.01, true);
        prepare(database, false);
        try (Connection c = database(database); Statement s = c.createStatement()) {
            s.executeUpdate("insert into plt_user_role (user_id, role) select id, 'ADMIN' from plt_user"
                    + " where username = 'bench.officer1'");
        }
        int rows = (int) Math.max(100, Math.round(10_000 * Math.min(1, scale)));
        ImportSheet.Made sheet = ImportSheet.write(rows, 197_000_000L);
        System.out.printf(Locale.ROOT, "  spreadsheet: %d rows, %d people, %d KB%n", rows, sheet.people(),
                sheet.content().length >> 10);
        App app = App.start(root, work, database, env(database), 18085);
        try {
            String base = "http://127.0.0.1:18085/";
            Session admin = new Session(base);
            admin.signIn("bench.officer1", Generate.PASSWORD);
            admin.get("beneficiaries/import.xhtml");
            app.resetPeaks();
            long started = System.nanoTime();
            String mapping = admin.upload("upload", "upload:file", "import-" + rows + ".xlsx", sheet.content(),
                    "steps messages");
            long uploaded = System.nanoTime();
            if (!mapping.contains("mapping:check")) {
                throw new IllegalStateException("the upload did not lead to the mapping: "
                        + mapping.substring(0, Math.min(600, mapping.length())));
            }
            Map<String, String> fields = new LinkedHashMap<>(Session.menus(mapping));
            fields.put("mapping:check", "");
            String checked = admin.ajax("mapping", "mapping:check", "mapping", "steps messages", fields);
            long dryRun = System.nanoTime();
            long checkHeap = app.peakHeap();
            java.util.regex.Matcher counts = java.util.regex.Pattern.compile(
                    "id=\"count-(CREATE|UPDATE|REFUSED)\"[^>]*>\\s*<div class=\"value\"><bdi>(\\d+)</bdi>").matcher(checked);
            Map<String, String> verdicts = new LinkedHashMap<>();
            while (counts.find()) {
                verdicts.put(counts.group(1), counts.group(2));
            }
            // the reasons of the refused people the page shows first (their first page), without line numbers
            Map<String, Integer> reasons = new java.util.TreeMap<>();
            java.util.regex.Matcher refusal = java.util.regex.Pattern.compile("<li class=\"refuses\">(.*?)</li>",
                    java.util.regex.Pattern.DOTALL).matcher(checked);
            while (refusal.find()) {
                reasons.merge(refusal.group(1).replaceAll("<[^>]+>", "").replaceAll("[0-9٠-٩/\\-]+", "#")
                        .replaceAll("\\s+", " ").strip(), 1, Integer::sum);
            }
            System.out.println("  reasons on the first page of refused people: " + reasons);
            System.out.printf(Locale.ROOT, "  upload and read %d ms, dry run %d ms (%s), peak heap %d MB, heap kept after"
                            + " the check (a full GC: the application and the page's sheets and people) %d MB%n",
                    Duration.ofNanos(uploaded - started).toMillis(), Duration.ofNanos(dryRun - uploaded).toMillis(),
                    verdicts, checkHeap >> 20, app.heapAfterGc() >> 20);
            // an officer searches files while the import runs
            Session officer = new Session(base);
            officer.signIn("bench.officer2", Generate.PASSWORD);
            Map<String, Stats> pages = new LinkedHashMap<>();
            pages.put(Pages.SEARCH, new Stats());
            pages.put(Pages.SEARCH_NEXT, new Stats());
            java.util.concurrent.atomic.AtomicBoolean importing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread reading = new Thread(() -> {
                int i = 0;
                while (importing.get()) {
                    try {
                        Pages.search(officer, Pages.name(i++), Pages.SEARCH, Pages.SEARCH_NEXT, pages, () -> { });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            app.resetPeaks();
            long importStarted = System.nanoTime();
            admin.ajax("result", "result:import", "result", "steps messages", Map.of("result:import", ""));
            reading.start();
            long finished;
            try (Connection c = database(database); Statement s = c.createStatement()) {
                while (true) {
                    try (ResultSet rs = s.executeQuery("select status, done, people from ben_import_batch order by id desc limit 1")) {
                        if (rs.next() && "DONE".equals(rs.getString(1))) {
                            finished = System.nanoTime();
                            break;
                        }
                    }
                    if (Duration.ofNanos(System.nanoTime() - importStarted).toMinutes() > 20) {
                        throw new IllegalStateException("the import did not finish in 20 minutes");
                    }
                    Thread.sleep(500);
                }
                importing.set(false);
                reading.join();
                try (ResultSet rs = s.executeQuery("select created, updated, failed from ben_import_batch order by id desc limit 1")) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "  import %d ms: %d files made, %d filled, %d not written; peak heap %d MB%n",
                            Duration.ofNanos(finished - importStarted).toMillis(), rs.getInt(1), rs.getInt(2), rs.getInt(3),
                            app.peakHeap() >> 20);
                }
                try (ResultSet rs = s.executeQuery("select count(*) from req_past_aid")) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "  past aid kept: %d deliveries%n", rs.getLong(1));
                }
            }
            pages.forEach((page, st) -> System.out.printf(Locale.ROOT,
                    "  %s while importing: %d samples, p50 %.1f ms, p95 %.1f ms%n", page, st.count(), st.p50(), st.p95()));
            // the administrator's page follows the batch to its end, then the whole batch is undone (issue #25)
            String followed = admin.ajax("progress", "progress:poll", "progress:poll", "progress",
                    Map.of("progress:poll", "progress:poll"));
            if (!followed.contains("progress:undo")) {
                throw new IllegalStateException("the finished batch offers no undo: "
                        + followed.substring(0, Math.min(600, followed.length())));
            }
            app.resetPeaks();
            long undoStarted = System.nanoTime();
            String undone = admin.ajax("progress", "progress:undo", "progress:undo", "progress messages",
                    Map.of("progress:undo", "progress:undo"));
            long undoMillis = Duration.ofNanos(System.nanoTime() - undoStarted).toMillis();
            try (Connection c = database(database); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from ben_beneficiary where import_batch is not null")) {
                rs.next();
                System.out.printf(Locale.ROOT, "  undo %d ms: %d imported files left (%s); peak heap %d MB%n", undoMillis,
                        rs.getLong(1), undone.contains("progress:undone") ? "undone" : "NOT UNDONE", app.peakHeap() >> 20);
            }
        } finally {
            app.stop();
        }
    }

    private void pagesOnly() throws Exception {
        Measured base = measure("ektefaa_bench_small", 18081, false);
        Measured full = measure("ektefaa_bench", 18082, false);
        System.out.println("| Page | p50 | p95 | p95 at 1/1000 | ratio |");
        System.out.println("|---|---|---|---|---|");
        full.latencies.forEach((page, f) -> {
            Stats b = base.latencies.get(page);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f |%n", page, f.p50(), f.p95(), b.p95(),
                    f.p95() / b.p95());
        });
    }

    private void spikeOnly() throws Exception {
        prepare("ektefaa_bench", true);
        App app = App.start(root, work, "ektefaa_bench", env("ektefaa_bench"), 18082);
        try {
            Spike.Result spike = Spike.run("http://127.0.0.1:18082/", "ektefaa_bench", spikeEach(), spikeWindow(), users,
                    spikeTokens);
            System.out.printf(Locale.ROOT, "campaign spike: %d sent, %d failed %s, %.0f s, %d requests and %d answers stored,"
                    + " staff p50 %.1f ms p95 %.1f ms, submissions p50 %.1f ms p95 %.1f ms; %d module events waiting at the"
                    + " end, all delivered %.1f s later%n", spike.sent(), spike.failed(),
                    spike.failures(), spike.seconds(), spike.requestsStored(), spike.answersStored(), spike.staff().p50(),
                    spike.staff().p95(), spike.submissions().p50(), spike.submissions().p95(), spike.backlog(),
                    spike.caughtUpSeconds());
        } finally {
            app.stop();
        }
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
        full.workingByPage.forEach((page, stats) -> row(page + ", " + users + " users working at once, p95 (ms)", stats.p95(),
                null, "", "< 300 ms"));
        row(users + " signed-in users without a pause (saturation), every page, p95 (ms)", full.concurrent.p95(), null, "", "—");
        row(users + " signed-in users without a pause (saturation), every page, p50 (ms)", full.concurrent.p50(), null, "", "—");
        row("Quarterly board report, generated on demand (ms)", full.reportMillis, full.aggregationMillis,
                "its SQL aggregation alone", "≤ 3×");
        row("Quarterly board report, peak heap during it (MB)", full.reportPeakHeap >> 20, null, "", "< 512 MB");
        Spike.Result spike = full.spike;
        row("Campaign spike: website requests and survey answers sent (half each), within (s)", spike.sent(),
                spikeWindow().toSeconds(), "the arrival window", "—");
        row("Campaign spike: submissions refused or failed", spike.failed(), null, "", "0");
        row("Campaign spike: website requests stored", spike.requestsStored(), (long) spike.sent() / 2, "sent", "all");
        row("Campaign spike: survey answers stored", spike.answersStored(), (long) spike.sent() / 2, "sent", "all");
        row("Campaign spike: seconds until the last submission was served", spike.seconds(), spikeWindow().toSeconds(),
                "the arrival window", "—");
        row("Campaign spike: a submission from arrival to its answer page, p95 (ms)", spike.submissions().p95(), null, "", "—");
        row("Campaign spike: staff pages meanwhile (" + users + " officers reading 1–3 s), every page, p95 (ms)",
                spike.staff().p95(), null, "", "< 1000 ms");
        row("Campaign spike: module events (facts, invitations) waiting when the last submission was served",
                spike.backlog(), null, "", "—");
        row("Campaign spike: seconds from then until every event was delivered (-1: not within 10 minutes)",
                spike.caughtUpSeconds(), null, "", "—");
        if (!spike.failures().isEmpty()) {
            say("");
            say("Spike failures (first few): " + spike.failures());
        }
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
        return dataset(name, at, false);
    }

    private Map<String, Long> dataset(String name, double at, boolean filesOnly) throws Exception {
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
                boolean keyed = !filesOnly || keyedNow(c, name);
                if (same.next() && same.getDouble(1) == at && keyed) {
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
            Generate generate = new Generate(c, at, new FieldProtection(Base64.getDecoder().decode(fieldKey)), Instant.now());
            written = (filesOnly ? generate.filesOnly() : generate).run();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_scale (scale DOUBLE, rows_written VARCHAR(2000))");
                s.execute("INSERT INTO bench_scale VALUES (" + at + ", '" + written + "')");
            }
        }
        System.out.printf(Locale.ROOT, "Generated %s at scale %s in %d s: %s%n", name, at,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), written);
        return written;
    }

    /**
     * Whether the files of {@code database} are keyed with the application's current name keys: a names dataset keyed
     * by an older version is generated again (six minutes for a million files) rather than keyed after start-up (most
     * of an hour).
     */
    private static boolean keyedNow(Connection c, String database) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from `" + database + "`.ben_beneficiary where name_keys_version < "
                + org.ektefaa.beneficiaries.entity.Beneficiary.NAME_KEYS_VERSION)) {
            rs.next();
            return rs.getLong(1) == 0;
        }
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
        Map<String, Stats> workingByPage;
        long reportMillis;
        long aggregationMillis;
        long reportPeakHeap;
        Spike.Result spike;
    }

    /** How long an officer reads a page before the next, on average. */
    private static final long THINK_MILLIS = 2000;

    /** Submissions of each kind in the campaign spike, and the window they arrive in (10,000 in ten minutes at full scale). */
    private int spikeEach() {
        return (int) Math.max(100, Math.round(10_000 * Math.min(1, scale)));
    }

    private Duration spikeWindow() {
        return Duration.ofSeconds(Math.max(10, Math.round(600 * Math.min(1, scale))));
    }

    private int spikeTokens;

    /**
     * Before the application starts on a dataset: the officers hold every staff role but administrator and board member
     * (datasets generated before they did get them here), the pages know how many files and requests there are, and
     * for the full dataset the spike's invitations are waiting.
     */
    private void prepare(String database, boolean everything) throws Exception {
        try (Connection c = database(database); Statement s = c.createStatement()) {
            for (String role : List.of("QUALITY_OFFICER", "VOLUNTEER_COORDINATOR")) {
                s.executeUpdate("insert into plt_user_role (user_id, role) select u.id, '" + role + "' from plt_user u"
                        + " where u.username like 'bench.officer%' and not exists (select 1 from plt_user_role r"
                        + " where r.user_id = u.id and r.role = '" + role + "')");
            }
            try (ResultSet rs = s.executeQuery("select (select max(id) from ben_beneficiary), (select max(id) from req_request)")) {
                rs.next();
                Pages.files = rs.getLong(1);
                Pages.requests = rs.getLong(2);
            }
            List<String> mobiles = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("select applicant_mobile from req_request where applicant_mobile like '+9665%'"
                    + " order by id limit 60")) {
                while (rs.next()) {
                    mobiles.add("0" + rs.getString(1).substring(4));
                }
            }
            if (!mobiles.isEmpty()) {
                Pages.mobiles = List.copyOf(mobiles);
            }
            if (everything) {
                spikeTokens = Spike.openInvitations(c, spikeEach());
            }
        }
    }

    private Measured measure(String database, int port, boolean everything) throws Exception {
        prepare(database, everything);
        App app = App.start(root, work, database, env(database), port);
        Measured m = new Measured();
        try {
            m.startMillis = app.startMillis;
            m.heapAfterStart = app.heapAfterGc();
            String base = "http://127.0.0.1:" + port + "/";
            Session officer = new Session(base);
            officer.signIn("bench.officer1", Generate.PASSWORD);
            Session board = new Session(base);
            board.signIn("bench.board", Generate.PASSWORD);
            int samples = 60;
            for (int warm = 0; warm < 10; warm++) {
                Pages.all(officer, warm);
                Pages.board(board, null);
            }
            for (String page : Pages.NAMES) {
                m.latencies.put(page, new Stats());
            }
            m.latencies.put(Pages.BOARD, new Stats());
            for (int i = 0; i < samples; i++) {
                Pages.timed(officer, i, m.latencies);
                Pages.board(board, m.latencies);
            }
            m.latencies.forEach((page, stats) -> System.out.printf(Locale.ROOT, "  %s on %s: p50 %.1f ms, p95 %.1f ms%n",
                    page, database, stats.p50(), stats.p95()));
            if (!everything) {
                return m;
            }
            m.concurrent = all(concurrent(base));
            System.out.printf(Locale.ROOT, "  %d users at once: p50 %.1f ms, p95 %.1f ms%n", users, m.concurrent.p50(), m.concurrent.p95());
            m.workingByPage = concurrent(base, THINK_MILLIS);
            m.working = all(m.workingByPage);
            m.workingByPage.forEach((page, stats) -> System.out.printf(Locale.ROOT, "    %s, %d users working: p50 %.1f ms,"
                    + " p95 %.1f ms%n", page, users, stats.p50(), stats.p95()));
            System.out.printf(Locale.ROOT, "  %d users working (reading each page about %d s): p50 %.1f ms, p95 %.1f ms%n",
                    users, THINK_MILLIS / 1000, m.working.p50(), m.working.p95());
            report(app, base, database, m);
            System.out.printf(Locale.ROOT, "  quarterly report %d ms, SQL aggregation %d ms, peak heap %d MB%n",
                    m.reportMillis, m.aggregationMillis, m.reportPeakHeap >> 20);
            m.spike = Spike.run(base, database, spikeEach(), spikeWindow(), users, spikeTokens);
            System.out.printf(Locale.ROOT, "  campaign spike: %d sent, %d failed %s, %.0f s, %d requests and %d answers stored,"
                    + " staff p95 %.1f ms, submissions p95 %.1f ms%n", m.spike.sent(), m.spike.failed(), m.spike.failures(),
                    m.spike.seconds(), m.spike.requestsStored(), m.spike.answersStored(), m.spike.staff().p95(),
                    m.spike.submissions().p95());
            return m;
        } finally {
            app.stop();
        }
    }

    /** {@link #users} officers signed in at once, each going through every measured page 5 times. */
    private Map<String, Stats> concurrent(String base) throws Exception {
        return concurrent(base, 0);
    }

    /**
     * {@link #users} officers signed in at once, each going through every measured page 5 times. With
     * {@code thinkMillis} 0 each starts the next page the moment the last one arrived (the server's saturation);
     * otherwise each reads a page for a random time between half and one and a half times it, as people do.
     * Returns the latencies per page.
     */
    private Map<String, Stats> concurrent(String base, long thinkMillis) throws Exception {
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
            Map<String, Stats> byPage = new LinkedHashMap<>();
            for (Future<Map<String, Stats>> run : runs) {
                run.get().forEach((page, stats) -> byPage.computeIfAbsent(page, p -> new Stats()).addAll(stats));
            }
            return byPage;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Stats all(Map<String, Stats> byPage) {
        Stats all = new Stats();
        byPage.values().forEach(all::addAll);
        return all;
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

        int count() {
            return samples.size();
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
            String extra = System.getenv("BENCH_APP_JAVA_OPTS");   // e.g. a flight recording, for profiling by hand
            if (extra != null && !extra.isBlank()) {
                command.addAll(1, List.of(extra.trim().split("\\s+")));
            }
            if (database != null) {
                command.addAll(List.of("--prebootcommandfile", root.resolve("webapp/src/main/payara/pre-boot-commands.asadmin").toString(),
                        "--deploy", root.resolve("webapp/target/ektefaa.war").toString(), "--contextroot", "/"));
            }
            // a root directory left by an earlier run would deploy its application again beside this one
            Path rootDir = work.resolve("payara-" + port);
            if (Files.exists(rootDir)) {
                try (java.util.stream.Stream<Path> old = Files.walk(rootDir)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
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
}

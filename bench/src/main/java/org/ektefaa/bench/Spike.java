package org.ektefaa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ektefaa.platform.api.protect.OneTimeTokens;

/**
 * A Ramadan campaign (issue #19): website requests and survey answers arriving evenly, one after the other, within a
 * window (10,000 of each in ten minutes at full scale), each from a new visitor (the page, then the form), while the
 * officers work at a reading pace. Measures whether every submission was accepted and stored, how long the arrivals
 * took to be served, and the staff pages' latencies meanwhile.
 */
final class Spike {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** What the spike did. */
    record Result(int sent, int failed, List<String> failures, double seconds, long requestsStored, long answersStored,
                  Bench.Stats staff, Bench.Stats submissions, long backlog, double caughtUpSeconds) {
    }

    private Spike() {
    }

    /**
     * Adds {@code count} open invitations (as closed requests leave them) whose tokens are {@code token(first + k)}, and
     * their count in the satisfaction summaries, as the application would; returns {@code first}.
     */
    static int openInvitations(Connection c, int count) throws Exception {
        int first;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from sat_invitation")) {
            rs.next();
            first = rs.getInt(1);
        }
        Instant now = Instant.now();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into sat_invitation (id, token_hash, template_id, request_id,"
                + " tracking_number, request_type, channel, service_code, served_by, language, contact_hash, kiosk, status,"
                + " created_at, expires_at, version) values (?, ?, 1, 1, '1448-999998', 'INQUIRY', 'WEBSITE', null,"
                + " 'bench.officer1', 'ar', null, false, 'SENT', ?, ?, 0)")) {
            for (int k = 0; k < count; k++) {
                insert.setLong(1, first + k);
                insert.setString(2, OneTimeTokens.hash(Generate.token(first + k)));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now.plus(Duration.ofDays(14))));
                insert.addBatch();
                if (k % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        for (String table : List.of("sat_daily_figures (on_day", "sat_monthly_figures (on_month")) {
            LocalDate day = LocalDate.ofInstant(now, RIYADH);
            addInvited(c, table, table.startsWith("sat_daily") ? day : day.withDayOfMonth(1), count);
        }
        c.commit();
        c.setAutoCommit(true);
        return first;
    }

    /** The spike's invitations in the summaries (daily and monthly rows), as the application would have counted them. */
    private static void addInvited(Connection c, String table, LocalDate on, int count) throws SQLException {
        try (PreparedStatement summary = c.prepareStatement("insert into " + table + ", breakdown, group_key, invited)"
                + " values (?, ?, ?, ?) on duplicate key update invited = invited + ?")) {
            for (String[] key : List.of(new String[] {"ALL", ""}, new String[] {"CHANNEL", "WEBSITE"},
                    new String[] {"SERVICE", ""}, new String[] {"STAFF", "bench.officer1"}, new String[] {"TYPE", "INQUIRY"})) {
                summary.setObject(1, on);
                summary.setString(2, key[0]);
                summary.setString(3, key[1]);
                summary.setLong(4, count);
                summary.setLong(5, count);
                summary.executeUpdate();
            }
        }
    }

    static Result run(String base, String database, int each, Duration window, int users, int firstToken) throws Exception {
        Instant started = Instant.now();
        AtomicBoolean arriving = new AtomicBoolean(true);
        // the officers, reading each page 1–3 s, until the last submission is served
        ExecutorService officers = Executors.newFixedThreadPool(users);
        List<Future<Map<String, Bench.Stats>>> work = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            String user = "bench.officer" + u;
            work.add(officers.submit(() -> {
                Session s = new Session(base);
                s.signIn(user, Generate.PASSWORD);
                Map<String, Bench.Stats> mine = new LinkedHashMap<>();
                Pages.NAMES.forEach(page -> mine.put(page, new Bench.Stats()));
                java.util.Random reading = new java.util.Random(user.hashCode());
                for (int i = 0; arriving.get(); i++) {
                    Pages.timed(s, i + user.hashCode(), mine, () -> Thread.sleep(1000 + (long) (reading.nextDouble() * 2000)));
                }
                return mine;
            }));
        }
        // the visitors: one arrival every window / (2 × each), alternately a request and an answer
        ExecutorService visitors = Executors.newFixedThreadPool(32);
        ThreadLocal<Session> sessions = ThreadLocal.withInitial(() -> new Session(base));
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Bench.Stats submissions = new Bench.Stats();
        long interval = window.toNanos() / (2L * each);
        long origin = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int k = 0; k < 2 * each; k++) {
            long due = origin + k * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = k / 2;
            boolean request = k % 2 == 0;
            sent.add(visitors.submit(() -> {
                Session person = sessions.get();
                person.forget();
                try {
                    if (request) {
                        person.get("public/request.xhtml?lang=ar");
                        String done = person.submit("publicRequest", Map.of("publicRequest:type", "INQUIRY",
                                "publicRequest:serviceCode_input", "", "publicRequest:name", "مستفيد الحملة " + n,
                                "publicRequest:mobile", "056" + (1000000 + n), "publicRequest:subject", "سؤال في الحملة " + n,
                                "publicRequest:details", "", "publicRequest:website", "", "publicRequest:consent_input", "on",
                                "publicRequest:send", ""));
                        if (!done.contains("publicTracking")) {
                            throw new IllegalStateException("website request " + n + " was not accepted");
                        }
                    } else {
                        String page = person.get("public/survey.xhtml?t=" + Generate.token(firstToken + n) + "&lang=ar");
                        Map<String, String> answers = new LinkedHashMap<>();
                        Session.radios(page).forEach((name, values) -> answers.put(name, values.get(values.size() * 3 / 4)));
                        if (answers.isEmpty()) {
                            throw new IllegalStateException("no questions on the survey page for token " + (firstToken + n));
                        }
                        answers.put("survey:send", "");
                        if (!person.submit("survey", answers).contains("thanksText")) {
                            throw new IllegalStateException("survey " + (firstToken + n) + " was not accepted");
                        }
                    }
                    submissions.add((System.nanoTime() - due) / 1e6);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    if (failures.size() < 5) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        arriving.set(false);
        Bench.Stats staff = new Bench.Stats();
        for (Future<Map<String, Bench.Stats>> w : work) {
            w.get().values().forEach(staff::addAll);
        }
        officers.shutdownNow();
        visitors.shutdownNow();
        long requests;
        long answers;
        try (Connection c = Bench.database(database);
             PreparedStatement r = c.prepareStatement("select count(*) from req_request where channel = 'WEBSITE' and created_at >= ?");
             PreparedStatement a = c.prepareStatement("select count(*) from sat_response where invitation_id between ? and ?")) {
            r.setTimestamp(1, Timestamp.from(started));
            try (ResultSet rs = r.executeQuery()) {
                rs.next();
                requests = rs.getLong(1);
            }
            a.setLong(1, firstToken);
            a.setLong(2, firstToken + each - 1L);
            try (ResultSet rs = a.executeQuery()) {
                rs.next();
                answers = rs.getLong(1);
            }
        }
        // the other modules' events (reporting facts, invitations) are delivered after each commit: how many were
        // still waiting when the last submission was served, and how long until none was
        long backlog = waitingEvents(database);
        Instant served = Instant.now();
        while (waitingEvents(database) > 0 && Duration.between(served, Instant.now()).toMinutes() < 10) {
            Thread.sleep(500);
        }
        double caughtUp = Duration.between(served, Instant.now()).toMillis() / 1000.0;
        return new Result(2 * each, failed.get(), failures, seconds, requests, answers, staff, submissions, backlog,
                waitingEvents(database) == 0 ? caughtUp : -1);
    }

    private static long waitingEvents(String database) throws Exception {
        try (Connection c = Bench.database(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from plt_event_delivery")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

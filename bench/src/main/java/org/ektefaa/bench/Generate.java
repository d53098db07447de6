package org.ektefaa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.PersonName;
import org.ektefaa.platform.kernel.FieldProtection;
import org.ektefaa.platform.api.protect.OneTimeTokens;
import org.ektefaa.platform.api.saudi.ArabicText;
import org.ektefaa.platform.api.saudi.HijriDates;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * Fills a migrated, empty Ektefaa database quickly (batched JDBC, one commit per batch) with an association's
 * three years: beneficiaries with households, requests on every channel in every state with their timeline,
 * deliveries, survey invitations and answers, volunteers, opportunities and hours — and the reporting
 * module's facts for all of them, as its event observers would have written them. At scale 1: 100,000
 * beneficiaries, 1,000,000 requests, about 300,000 survey answers, 5,000 volunteers.
 *
 * <p>It also leaves what the benchmark drives: staff accounts {@code bench.officer1..20} (relations officers,
 * executives, quality officers and volunteer coordinators), {@code bench.board}, all with {@link #PASSWORD}, and {@link #openInvitations} invitations whose
 * tokens are {@link #token}{@code (n)}, still open.
 */
public final class Generate {

    static final String PASSWORD = "bench-password-2026";
    static final String[] CHANNELS = {"IN_PERSON_INTERVIEW", "IN_PERSON_INTERVIEW", "PHONE_CALL", "PHONE_CALL", "PHONE_CALL",
        "SOCIAL_MEDIA", "LETTER", "HELP_REQUEST_SERVICE", "HELP_REQUEST_SERVICE", "VOLUNTEERING_SERVICE", "WEBSITE", "WEBSITE"};
    static final String[] FIRST = {"نورة", "فاطمة", "مريم", "هيا", "سارة", "منيرة", "لطيفة", "عائشة", "حصة", "أمل", "عبدالله",
        "محمد", "فهد", "سعد", "خالد", "عبدالرحمن", "ناصر", "إبراهيم", "سلمان", "تركي", "صالح", "علي", "يوسف", "عمر", "حمد",
        "هند", "رقية", "جواهر", "أسماء", "خديجة"};
    static final String[] FAMILY = {"العتيبي", "القحطاني", "الشمري", "الدوسري", "الحربي", "الغامدي", "الزهراني", "المطيري",
        "السبيعي", "العنزي", "الشهري", "البقمي", "الرشيدي", "السهلي", "الخالدي", "المالكي", "الجهني", "العمري", "الشهراني",
        "اليامي", "الهاجري", "العجمي", "الرويلي", "البلوي", "الثبيتي", "الحارثي", "السلمي", "الفيفي", "الزهراني", "التميمي"};
    private static final String[] CATEGORIES = {"ORPHANS", "WIDOWS", "DIVORCED", "ELDERLY", "DISABILITY", "LOW_INCOME",
        "PRISONERS_FAMILIES"};
    private static final String[] SERVICES = {"FOOD_BASKET", "RENT", "BILLS", "MEDICAL", "EDUCATION", "CASH_AID"};
    private static final String[] THEMES = {"WAITING", "CONDUCT", "SERVICE_QUALITY", "COMMUNICATION", "DECISION"};
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final int BATCH = 5_000;

    private final Connection db;
    private final double scale;
    private final FieldProtection fields;
    private final Instant now;
    private final SplittableRandom random = new SplittableRandom(1447);
    private final Map<Integer, Long> counters = new HashMap<>();
    final int openInvitations;
    /** Only the files and their households (the name search's datasets, {@code bench/run --names-only}). */
    private boolean filesOnly;

    /** The link token of the n-th open invitation: 43 URL-safe characters, like a real one. */
    static String token(int n) {
        return String.format(java.util.Locale.ROOT, "bench%038d", n);
    }

    Generate(Connection db, double scale, FieldProtection fields, Instant now) {
        this.db = db;
        this.scale = scale;
        this.fields = fields;
        this.now = now;
        this.openInvitations = Math.max(200, (int) (2_000 * Math.min(1, scale * 10)));
    }

    /** Only the staff accounts, the files and their households: no requests, surveys or volunteers. */
    Generate filesOnly() {
        this.filesOnly = true;
        return this;
    }

    private int n(int full) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    /** A batch of inserts into one table, committed every {@link #BATCH} rows. */
    private final class Rows implements AutoCloseable {
        private final PreparedStatement insert;
        private int pending;
        long written;

        Rows(String sql) throws SQLException {
            insert = db.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                insert.setObject(i + 1, v instanceof Instant at ? Timestamp.from(at) : v);
            }
            insert.addBatch();
            written++;
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                db.commit();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            insert.close();
        }
    }

    Map<String, Long> run() throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("SET unique_checks = 0");
            s.execute("SET foreign_key_checks = 0");
        }
        Map<String, Long> written = new java.util.LinkedHashMap<>();
        accounts();
        long[] beneficiaries = beneficiariesAndRegistrations(written);
        if (!filesOnly) {
            requests(beneficiaries, written);
            volunteers(written);
            counters();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            for (String table : List.of("ben_beneficiary", "req_request", "req_request_step", "rep_request_fact", "sat_invitation",
                    "sat_response", "rep_survey_fact", "vol_hours")) {
                s.execute("ANALYZE TABLE " + table);
            }
            // the daily summaries do not count the rows written here: the application rebuilds them at its next start
            s.execute("UPDATE sat_figures_state SET built_at = NULL");
            s.execute("UPDATE rep_figures_state SET built_at = NULL");
            // the volunteers' running totals, as approving each entry keeps them
            s.execute("DELETE FROM vol_approved_totals");
            s.execute("INSERT INTO vol_approved_totals (owner, owner_id, hours, entries) SELECT 'VOLUNTEER', volunteer_id,"
                    + " SUM(hours), COUNT(*) FROM vol_hours WHERE status = 'APPROVED' GROUP BY volunteer_id");
            s.execute("INSERT INTO vol_approved_totals (owner, owner_id, hours, entries) SELECT 'OPPORTUNITY', opportunity_id,"
                    + " SUM(hours), COUNT(*) FROM vol_hours WHERE status = 'APPROVED' GROUP BY opportunity_id");
            // the files and requests per status, as moving each one keeps them (RequestCounts, FileCounts)
            // when each request was finished, as the reporting module's facts record it (migration V8 of reporting)
            s.execute("UPDATE rep_request_fact SET finished_at = CASE WHEN request_type = 'REGISTRATION'"
                    + " THEN COALESCE(decided_at, closed_at) ELSE closed_at END");
            // (a finished request under CLOSED: RequestCounts.COUNTED_AS)
            String requestCountedAs = "CASE WHEN type = 'REGISTRATION' AND status IN ('APPROVED', 'REJECTED') THEN 'CLOSED'"
                    + " ELSE status END";
            for (String[] counted : new String[][] {{"req_status_counts", requestCountedAs, "req_request"},
                {"ben_status_counts", "status", "ben_beneficiary"}}) {
                s.execute("DELETE FROM " + counted[0]);
                s.execute("INSERT INTO " + counted[0] + " (status, slot, n) SELECT " + counted[1] + ", 0, COUNT(*) FROM "
                        + counted[2] + " GROUP BY " + counted[1]);
            }
        }
        return written;
    }

    private void accounts() throws Exception {
        List<String[]> users = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            users.add(new String[] {"bench.officer" + i, "RELATIONS_OFFICER", "EXECUTIVE", "QUALITY_OFFICER",
                "VOLUNTEER_COORDINATOR"});
        }
        users.add(new String[] {"bench.board", "BOARD_MEMBER", "QUALITY_OFFICER"});
        String hash = Passwords.hash(PASSWORD);
        try (PreparedStatement user = db.prepareStatement("insert into plt_user (username, display_name, password_hash, active,"
                + " must_change_password, preferred_language, created_at, version) values (?, ?, ?, true, false, 'ar', ?, 0)");
             PreparedStatement role = db.prepareStatement("insert into plt_user_role (user_id, role)"
                     + " select id, ? from plt_user where username = ?")) {
            for (String[] u : users) {
                user.setString(1, u[0]);
                user.setString(2, u[0]);
                user.setString(3, hash);
                user.setTimestamp(4, Timestamp.from(now));
                user.executeUpdate();
                for (int r = 1; r < u.length; r++) {
                    role.setString(1, u[r]);
                    role.setString(2, u[0]);
                    role.executeUpdate();
                }
            }
        }
        db.commit();
    }

    private Instant someTimeInThePast(long maxDays) {
        return now.minusSeconds(60 + random.nextLong(maxDays * 86_400L));
    }

    private static Instant workHours(Instant day, SplittableRandom random) {
        return day.plus(Duration.ofMinutes(30 + random.nextInt(300)));
    }

    private String tracking(Instant at) {
        int year = HijriDates.hijriYear(LocalDate.ofInstant(at, RIYADH));
        long next = counters.merge(year, 1L, Long::sum);
        return String.format(java.util.Locale.ROOT, "%d-%06d", year, next);
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + FIRST[random.nextInt(10, FIRST.length)] + " "
                + FIRST[random.nextInt(10, 25)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    private String mobile() {
        return "+9665" + (50_000_000 + random.nextInt(49_999_999));
    }

    /** Beneficiary files and their registration requests (10 % of all requests), decided 2–12 days later. */
    private long[] beneficiariesAndRegistrations(Map<String, Long> written) throws Exception {
        int count = n(100_000);
        long[] registeredAt = new long[filesOnly ? 0 : count + 1];
        try (Rows files = new Rows("insert into ben_beneficiary (id, beneficiary_number, first_name, father_name, grandfather_name,"
                + " family_name, search_name, id_type, id_number_enc, id_number_hash, id_last4, nationality, gender, birth_date,"
                + " marital_status, mobile, city, district, category_code, housing, channel, status, consent_purpose, consent_at,"
                + " declaration_version, signature_method, signed_name, signed_at, signature_witness, created_at, created_by,"
                + " version, name_keys_version) values (?, ?, ?, ?, ?, ?, ?, 'NATIONAL_ID', ?, ?, ?, 'SA', ?, ?, ?, ?, 'الرياض', ?, ?, 'RENTED', ?, ?,"
                + " 'دراسة الطلب', ?, '1', 'TYPED', ?, ?, 'bench.officer1', ?, 'bench.officer1', 0, "
                + Beneficiary.NAME_KEYS_VERSION + ")");
             Rows members = new Rows("insert into ben_household_member (beneficiary_id, full_name, relation, birth_date,"
                     + " disability, occupation) values (?, ?, ?, ?, false, 'SCHOOL')");
             Rows facts = new Rows("insert into rep_beneficiary_fact (beneficiary_id, registered_at, channel) values (?, ?, ?)");
             Rows keys = new Rows("insert into ben_name_key (name_key, beneficiary_id) values (?, ?)")) {
            for (int id = 1; id <= count; id++) {
                String[] parts = name().split(" ");
                String full = String.join(" ", parts);
                String identity = NationalIds.withCheckDigit(100_000_000L + id * 7L);
                Instant opened = someTimeInThePast(3 * 365);
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                Instant decided = workHours(opened.plus(Duration.ofDays(2 + random.nextInt(11))), random);
                boolean pending = decided.isAfter(now);
                boolean approved = !pending && random.nextInt(10) > 0;
                String status = pending ? "UNDER_DECISION" : approved ? "REGISTERED" : "REJECTED";
                files.add(id, approved ? String.format("B-%06d", id) : null, parts[0], parts[1], parts[2], parts[3],
                        ArabicText.normalise(full), fields.encrypt(identity), fields.lookupHash(identity),
                        identity.substring(6), random.nextBoolean() ? "FEMALE" : "MALE",
                        LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        random.nextBoolean() ? "WIDOWED" : "MARRIED", mobile(), "حي " + (1 + random.nextInt(60)),
                        CATEGORIES[random.nextInt(CATEGORIES.length)], channel, status, opened, full, opened, opened);
                // the name index as the application keeps it (issue #24): the files come keyed
                for (String key : Beneficiary.keysOf(new PersonName(parts[0], parts[1], parts[2], parts[3]), null)) {
                    keys.add(key, id);
                }
                for (int m = random.nextInt(4); m > 0; m--) {
                    members.add(id, name(), random.nextBoolean() ? "SON" : "DAUGHTER",
                            LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                }
                if (approved) {
                    facts.add(id, decided, channel);
                    if (!filesOnly) {
                        registeredAt[id] = decided.getEpochSecond();
                    }
                }
                if (!filesOnly) {
                    registration(id, channel, opened, pending ? null : decided, approved);
                }
            }
            written.put("ben_beneficiary", files.written);
            written.put("ben_household_member", members.written);
            written.put("ben_name_key", keys.written);
        }
        return registeredAt;
    }

    private Rows requestRows;
    private Rows stepRows;
    private Rows factRows;
    private Rows deliveryRows;
    private Rows invitationRows;
    private Rows responseRows;
    private Rows surveyFactRows;
    private Rows invitationFactRows;
    private long requestId;
    private long invitationId;
    private long responseId;

    private void openRequestRows() throws SQLException {
        if (requestRows != null) {
            return;
        }
        requestRows = new Rows("insert into req_request (id, tracking_number, type, channel, beneficiary_id, subject, status,"
                + " decision_period_days, raised_on, paused_days, due_date, decided_at, decided_by, decision_reason, met_deadline,"
                + " created_at, created_by, version, applicant_name, applicant_mobile, answer, closed_at, service_code,"
                + " rejection_code, language, complaint_theme, complaint_upheld)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 'bench.officer1', 0, ?, ?, ?, ?, ?, ?, 'ar', ?, ?)");
        stepRows = new Rows("insert into req_request_step (request_id, to_status, actor, occurred_at) values (?, ?, ?, ?)");
        factRows = new Rows("insert into rep_request_fact (request_id, tracking_number, request_type, channel, service_code,"
                + " received_at, raised_at, due_date, decided_at, approved, met_deadline, days_to_decision, deliveries, closed_at,"
                + " complaint_theme, complaint_upheld) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        deliveryRows = new Rows("insert into req_delivery (request_id, delivered_on, quantity, delivered_by, recorded_at)"
                + " values (?, ?, ?, 'bench.officer1', ?)");
        invitationRows = new Rows("insert into sat_invitation (id, token_hash, template_id, request_id, tracking_number,"
                + " request_type, channel, service_code, served_by, language, contact_hash, kiosk, status, created_at,"
                + " expires_at, answered_at, version) values (?, ?, 1, ?, ?, ?, ?, ?, ?, 'ar', ?, false, ?, ?, ?, ?, 0)");
        responseRows = new Rows("insert into sat_response (id, invitation_id, template_id, request_id, tracking_number,"
                + " request_type, channel, service_code, served_by, overall, speed, courtesy, clarity, effort, recommend,"
                + " anonymous, kiosk, answered_at, follow_up, version) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " false, ?, false, 0)");
        surveyFactRows = new Rows("insert into rep_survey_fact (response_id, answered_at, request_type, channel, service_code,"
                + " overall, speed, courtesy, clarity, effort, recommend) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        invitationFactRows = new Rows("insert into rep_invitation_fact (invitation_id, invited_at, request_type, channel,"
                + " service_code) values (?, ?, ?, ?, ?)");
    }

    /** One request with its timeline, facts and, once closed, perhaps an invitation and an answer. */
    private void request(String type, String channel, Long beneficiary, String subject, Instant received, Instant raised,
                         Instant decided, Boolean approved, int deliveries, Instant closed, String service) throws SQLException {
        openRequestRows();
        long id = ++requestId;
        String tracking = tracking(received);
        LocalDate raisedOn = raised == null ? null : LocalDate.ofInstant(raised, RIYADH);
        LocalDate due = raisedOn == null ? null : raisedOn.plusDays(14);
        Boolean met = decided == null ? null : !LocalDate.ofInstant(decided, RIYADH).isAfter(due);
        boolean answerable = !"SUPPORT".equals(type) && !"REGISTRATION".equals(type);
        String theme = "COMPLAINT".equals(type) && closed != null ? THEMES[random.nextInt(THEMES.length)] : null;
        Boolean upheld = theme == null ? null : random.nextInt(3) > 0;
        String status = closed != null ? "CLOSED" : decided != null ? (approved ? (deliveries > 0 ? "IN_SERVICE" : "APPROVED")
                : "REJECTED") : raised != null ? "RAISED" : "RECEIVED";
        String applicant = beneficiary == null ? name() : null;
        requestRows.add(id, tracking, type, channel, beneficiary, subject, status, raised == null ? null : 14, raisedOn, due,
                decided, decided == null ? null : "bench.officer2", decided == null ? null : "قرار", met, received,
                applicant, applicant == null ? null : mobile(), answerable && closed != null ? "تمت الإجابة" : null, closed,
                service, approved != null && !approved ? "NOT_ELIGIBLE" : null, theme, upheld);
        stepRows.add(id, "RECEIVED", "bench.officer1", received);
        if (raised != null) {
            stepRows.add(id, "RAISED", "bench.officer1", raised);
        }
        if (decided != null) {
            stepRows.add(id, approved ? "APPROVED" : "REJECTED", "bench.officer2", decided);
        }
        Instant last = decided != null ? decided : received;
        for (int d = 0; d < deliveries; d++) {
            Instant on = workHours(last.plus(Duration.ofDays(d == 0 ? 1 + random.nextInt(5) : 30)), random);
            if (on.isAfter(now)) {
                deliveries = d;
                break;
            }
            deliveryRows.add(id, LocalDate.ofInstant(on, RIYADH), 1, on);
            last = on;
        }
        if (closed != null) {
            stepRows.add(id, answerable ? "ANSWERED" : "CLOSED", "bench.officer1", closed);
        }
        Integer days = decided == null ? null
                : (int) java.time.temporal.ChronoUnit.DAYS.between(raisedOn, LocalDate.ofInstant(decided, RIYADH));
        factRows.add(id, tracking, type, channel, service, received, raised, due, decided, approved, met, days, deliveries,
                closed, theme, upheld);
        if (closed != null && !"REGISTRATION".equals(type) && random.nextInt(100) < 60) {
            survey(id, tracking, type, channel, service, closed);
        }
    }

    private void survey(long request, String tracking, String type, String channel, String service, Instant closed)
            throws SQLException {
        long id = ++invitationId;
        Instant expires = closed.plus(Duration.ofDays(14));
        boolean answers = random.nextInt(100) < 53;
        Instant answeredAt = answers ? closed.plus(Duration.ofMinutes(30 + random.nextInt(4 * 24 * 60))) : null;
        if (answeredAt != null && answeredAt.isAfter(now)) {
            answers = false;
            answeredAt = null;
        }
        String status = answers ? "ANSWERED" : expires.isBefore(now) ? "EXPIRED" : "SENT";
        String servedBy = "bench.officer" + (1 + random.nextInt(20));
        invitationRows.add(id, OneTimeTokens.hash("generated-" + id), request, tracking, type, channel, service, servedBy,
                OneTimeTokens.hash("contact-" + request), status, closed, expires, answeredAt);
        invitationFactRows.add(id, closed, type, channel, service);
        if (answers) {
            long rid = ++responseId;
            int overall = new int[] {5, 5, 5, 5, 4, 4, 4, 3, 2, 1}[random.nextInt(10)];
            int speed = near(overall);
            int courtesy = near(overall);
            int clarity = near(overall);
            int effort = Math.max(1, Math.min(7, overall + 2 - random.nextInt(3)));
            int recommend = Math.max(0, Math.min(10, overall * 2 + random.nextInt(3) - 1));
            boolean anonymous = random.nextInt(10) == 0;
            responseRows.add(rid, id, anonymous ? null : request, anonymous ? null : tracking, type, channel, service, servedBy,
                    overall, speed, courtesy, clarity, effort, recommend, anonymous, answeredAt);
            surveyFactRows.add(rid, answeredAt, type, channel, service, overall, speed, courtesy, clarity, effort, recommend);
        }
    }

    private int near(int score) {
        return Math.max(1, Math.min(5, score + random.nextInt(3) - 1));
    }

    private void registration(long beneficiary, String channel, Instant opened, Instant decided, boolean approved)
            throws SQLException {
        request("REGISTRATION", channel, beneficiary, "تسجيل", opened, opened, decided, decided == null ? null : approved, 0,
                decided, null);
    }

    /** The other 90 % of requests, received over three years. */
    private void requests(long[] registeredAt, Map<String, Long> written) throws Exception {
        int count = n(1_000_000) - n(100_000);
        for (int i = 0; i < count; i++) {
            Instant received = someTimeInThePast(3 * 365);
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            int kind = random.nextInt(100);
            if (kind < 50) {
                String service = SERVICES[random.nextInt(SERVICES.length)];
                int b = 1 + random.nextInt(registeredAt.length - 1);
                Long beneficiary = registeredAt[b] != 0 && registeredAt[b] < received.getEpochSecond() ? (long) b : null;
                Instant raised = workHours(received, random);
                Instant decided = workHours(raised.plus(Duration.ofDays(random.nextInt(100) < 8 ? 15 + random.nextInt(10)
                        : 1 + random.nextInt(12))), random);
                if (raised.isAfter(now) || random.nextInt(50) == 0) {
                    request("SUPPORT", channel, beneficiary, service, received, null, null, null, 0, null, service);
                } else if (decided.isAfter(now)) {
                    request("SUPPORT", channel, beneficiary, service, received, raised, null, null, 0, null, service);
                } else {
                    boolean approved = random.nextInt(5) > 0;
                    int deliveries = approved ? 1 + random.nextInt(3) : 0;
                    Instant closed = approved ? workHours(decided.plus(Duration.ofDays(5 + 30L * (deliveries - 1))), random)
                            : workHours(decided, random);
                    request("SUPPORT", channel, beneficiary, service, received, raised, decided, approved, deliveries,
                            closed.isAfter(now) ? null : closed, service);
                }
            } else {
                String type = kind < 80 ? "INQUIRY" : kind < 92 ? "COMPLAINT" : "SUGGESTION";
                Instant closed = workHours(received.plus(Duration.ofDays(random.nextInt(4))), random);
                request(type, channel, null, "موضوع " + (1 + random.nextInt(50)), received, null, null, null, 0,
                        closed.isAfter(now) || random.nextInt(40) == 0 ? null : closed, null);
            }
        }
        openRequestRows();
        // open invitations with known tokens, for the benchmark's survey submissions
        for (int t = 1; t <= openInvitations; t++) {
            long id = ++invitationId;
            invitationRows.add(id, OneTimeTokens.hash(token(t)), 1L, "1448-999999", "INQUIRY", "WEBSITE", null,
                    "bench.officer1", null, "SENT", now, now.plus(Duration.ofDays(14)), null);
        }
        for (Rows rows : List.of(requestRows, stepRows, factRows, deliveryRows, invitationRows, responseRows, surveyFactRows,
                invitationFactRows)) {
            rows.close();
        }
        written.put("req_request", requestRows.written);
        written.put("req_request_step", stepRows.written);
        written.put("req_delivery", deliveryRows.written);
        written.put("rep_request_fact", factRows.written);
        written.put("sat_invitation", invitationRows.written);
        written.put("sat_response", responseRows.written);
    }

    private void volunteers(Map<String, Long> written) throws Exception {
        int count = n(5_000);
        int opportunities = Math.max(5, n(600));
        try (Rows volunteers = new Rows("insert into vol_volunteer (id, reference, full_name, id_number_enc, id_number_hash, gender,"
                + " birth_date, mobile, email, city, education, interests, available_days, available_times, hours_per_month,"
                + " language, consent_at, conduct_at, status, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'الرياض',"
                + " 'BACHELOR', 'FIELD_VISITS', 'SATURDAY,SUNDAY', 'EVENING', 10, 'ar', ?, ?, ?, ?, 0)");
             Rows places = new Rows("insert into vol_opportunity (id, title, place, starts_at, ends_at, places, taken, cancelled,"
                     + " created_by, created_at, version) values (?, ?, 'مقر الجمعية', ?, ?, 20, 0, false, 'bench.officer1', ?, 0)");
             Rows hours = new Rows("insert into vol_hours (volunteer_id, opportunity_id, worked_on, hours, logged_by, logged_at,"
                     + " status, reviewed_by, reviewed_at, version) values (?, ?, ?, ?, 'volunteer', ?, 'APPROVED', 'bench.board', ?, 0)");
             Rows volunteerFacts = new Rows("insert into rep_volunteer_fact (volunteer_id, registered_at, approved_at) values (?, ?, ?)");
             Rows hourFacts = new Rows("insert into rep_hours_fact (hours_id, volunteer_id, opportunity_id, hours, worked_on)"
                     + " values (?, ?, ?, ?, ?)")) {
            Instant[] starts = new Instant[opportunities + 1];
            for (int o = 1; o <= opportunities; o++) {
                starts[o] = someTimeInThePast(3 * 365);
                places.add(o, "فرصة تطوعية " + o, starts[o], starts[o].plus(Duration.ofDays(30)), starts[o].minus(Duration.ofDays(7)));
            }
            long hoursId = 0;
            for (int v = 1; v <= count; v++) {
                Instant registered = someTimeInThePast(3 * 365);
                boolean approved = random.nextInt(10) < 7;
                String identity = NationalIds.withCheckDigit(200_000_000L + v * 11L);
                volunteers.add(v, String.format("V-%06d", v), name(), fields.encrypt(identity), fields.lookupHash(identity),
                        random.nextBoolean() ? "FEMALE" : "MALE", LocalDate.of(1970 + random.nextInt(35), 1, 1 + random.nextInt(28)),
                        mobile(), "volunteer" + v + "@bench.local", registered, registered,
                        approved ? "APPROVED" : "NEW", registered);
                volunteerFacts.add(v, registered, approved ? registered.plus(Duration.ofDays(5)) : null);
                if (approved) {
                    for (int h = 0; h < 20; h++) {
                        int o = 1 + random.nextInt(opportunities);
                        LocalDate day = LocalDate.ofInstant(starts[o], RIYADH).plusDays(random.nextInt(30));
                        if (day.isAfter(LocalDate.ofInstant(now, RIYADH))) {
                            continue;
                        }
                        java.math.BigDecimal spent = java.math.BigDecimal.valueOf(2 + random.nextInt(5));
                        Instant logged = day.plusDays(1).atTime(20, 0).atZone(RIYADH).toInstant();
                        hours.add(v, o, day, spent, logged, logged.plus(Duration.ofDays(2)));
                        hourFacts.add(++hoursId, v, o, spent, day);
                    }
                }
            }
            written.put("vol_volunteer", volunteers.written);
            written.put("vol_hours", hours.written);
        }
    }

    /** The tracking counters continue after the generated numbers, so new requests get fresh ones. */
    private void counters() throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("insert into req_tracking_counter (hijri_year, last_number)"
                + " values (?, ?) on duplicate key update last_number = greatest(last_number, values(last_number))")) {
            for (Map.Entry<Integer, Long> c : counters.entrySet()) {
                upsert.setInt(1, c.getKey());
                upsert.setLong(2, c.getValue());
                upsert.executeUpdate();
            }
        }
    }
}

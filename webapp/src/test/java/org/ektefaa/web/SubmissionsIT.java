package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.platform.boundary.Outbox;
import org.ektefaa.platform.entity.OutboxMessage;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.volunteering.boundary.VolunteerLinks;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Volunteer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What people send is stored exactly once, whatever happens on the way (issue #10): a thousand survey answers
 * and five hundred website requests sent at the same moment, each stored once with its reporting fact; the same
 * form sent twice, one after the other or at once, makes one request; a survey link works once and not after it
 * expires, a volunteer's personal link too, and no token ever reaches the server's log.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionsIT {

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    private static final int SURVEYS = 1000;
    private static final int SPARE_LINKS = 2;
    private static final int WEBSITE_REQUESTS = 500;
    private static final Pattern SURVEY_LINK = Pattern.compile("/public/survey\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern VOLUNTEER_LINK = Pattern.compile("/public/volunteer-home\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern TRACKING = Pattern.compile("id=\"publicTracking\"[^>]*>\\s*([^<\\s]+)");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"publicRequest:formKey\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"publicRequest:formKey\"");

    /** Everything the server logs while this class runs (in the server's JVM). */
    static final List<String> LOGGED = Collections.synchronizedList(new ArrayList<>());

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(SubmissionsIT.class, FacesClient.class, SealedOutbox.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    Volunteers volunteers;

    @Inject
    VolunteerLinks volunteerLinks;

    @Inject
    Outbox outbox;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    /**
     * Inside the server: every log record is kept for the last test; then 1,002 inquiries are answered and
     * closed, and each one's applicant is sent a survey link.
     */
    @Test
    @Order(1)
    void closedRequestsEachSendTheirApplicantASurveyLink() {
        Handler keep = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord logged) {
                LOGGED.add(format.format(logged));
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

        int links = 0;
        for (int i = 0; i < SURVEYS + SPARE_LINKS; i++) {
            AidRequest r = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null,
                    "زائر " + i, String.format("0558%06d", i), "load-survey", "سؤال عن المواعيد"));
            handling.answer(r.getId(), queries.find(r.getId()).orElseThrow().getVersion(), "يبدأ الأحد", null, null);
            handling.close(r.getId(), queries.find(r.getId()).orElseThrow().getVersion());
            if (outbox.about(r.getTrackingNumber()).stream().anyMatch(m -> SURVEY_LINK.matcher(m.body(personalData)).find())) {
                links++;
            }
        }
        assertThat(links).isEqualTo(SURVEYS + SPARE_LINKS);
    }

    /** A thousand survey answers and five hundred website requests, sixteen at a time, all mixed. */
    @Test
    @Order(2)
    @RunAsClient
    void aThousandSurveyAnswersAndFiveHundredWebsiteRequestsAtOnceAreEachStoredOnce() throws Exception {
        List<String> tokens = surveyTokens();
        assertThat(tokens).hasSize(SURVEYS + SPARE_LINKS);
        List<Callable<String>> people = new ArrayList<>();
        for (int i = 0; i < SURVEYS; i++) {
            String token = tokens.get(i);
            people.add(() -> answerSurvey(token));
        }
        for (int i = 0; i < WEBSITE_REQUESTS; i++) {
            int n = i;
            people.add(() -> sendWebsiteRequest(n));
        }
        Collections.shuffle(people, new java.util.Random(10));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> problems = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(people)) {
                if (outcome.get() != null) {
                    problems.add(outcome.get());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(problems).as("every person's answer was accepted").isEmpty();

        try (Connection c = database()) {
            assertThat(longs(c, "select count(*), count(distinct r.invitation_id) from sat_response r"
                    + " join sat_invitation i on i.id = r.invitation_id join req_request q on q.tracking_number = i.tracking_number"
                    + " where q.subject = 'load-survey'")).as("answers, answered invitations").containsExactly(
                    (long) SURVEYS, (long) SURVEYS);
            assertThat(longs(c, "select count(*) from rep_survey_fact f join sat_response r on r.id = f.response_id"
                    + " join sat_invitation i on i.id = r.invitation_id join req_request q on q.tracking_number = i.tracking_number"
                    + " where q.subject = 'load-survey'")).as("their reporting facts").containsExactly((long) SURVEYS);
            assertThat(longs(c, "select count(*), count(distinct applicant_mobile), count(distinct tracking_number)"
                    + " from req_request where subject = 'load-website'")).as("requests, people, tracking numbers")
                    .containsExactly((long) WEBSITE_REQUESTS, (long) WEBSITE_REQUESTS, (long) WEBSITE_REQUESTS);
            assertThat(longs(c, "select count(*) from rep_request_fact f join req_request q on q.id = f.request_id"
                    + " where q.subject = 'load-website'")).as("their reporting facts").containsExactly((long) WEBSITE_REQUESTS);
        }
    }

    private String answerSurvey(String token) {
        FacesClient person = new FacesClient(base.toString());
        HttpResponse<String> page = person.get("public/survey.xhtml?t=" + token);
        Map<String, String> answers = new LinkedHashMap<>();
        FacesClient.radios(page.body()).forEach((name, values) -> answers.put(name, values.get(values.size() - 1)));
        if (page.statusCode() != 200 || answers.isEmpty()) {
            return "survey page " + page.statusCode();
        }
        answers.put("survey:send", "");
        HttpResponse<String> done = person.submit("survey", answers);
        return done.statusCode() == 200 && done.body().contains("id=\"thanksText\"") ? null
                : "survey answer " + done.statusCode() + ": " + shown(done.body());
    }

    private String sendWebsiteRequest(int n) {
        // Each visitor from their own address (through the trusted local proxy): five requests an hour each.
        FacesClient person = new FacesClient(base.toString()).from("10.20." + (n / 250) + "." + (n % 250));
        HttpResponse<String> page = person.get("public/request.xhtml");
        if (page.statusCode() != 200) {
            return "website form " + page.statusCode();
        }
        HttpResponse<String> done = person.submit("publicRequest",
                websiteFields(page.body(), "زائر الموقع " + n, String.format("0557%06d", n), "load-website"));
        return done.statusCode() == 200 && TRACKING.matcher(done.body()).find() ? null
                : "website request " + done.statusCode() + ": " + shown(done.body());
    }

    /** What a person would read on a page (its main part, without markup), to say why an answer was refused. */
    private static String shown(String html) {
        int main = html.indexOf("<main");
        String text = (main < 0 ? html : html.substring(main)).replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.substring(0, Math.min(300, text.length()));
    }

    private static Map<String, String> websiteFields(String page, String name, String mobile, String subject) {
        Matcher key = FORM_KEY.matcher(page);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("publicRequest:type", "INQUIRY");
        fields.put("publicRequest:name", name);
        fields.put("publicRequest:mobile", mobile);
        fields.put("publicRequest:subject", subject);
        fields.put("publicRequest:details", "");
        fields.put("publicRequest:website", "");
        fields.put("publicRequest:consent_input", "on");
        fields.put("publicRequest:formKey", key.find() ? (key.group(1) != null ? key.group(1) : key.group(2)) : "");
        fields.put("publicRequest:send", "");
        return fields;
    }

    /** A double click or a replayed post sends the same form again: one request, the same tracking number. */
    @Test
    @Order(3)
    @RunAsClient
    void theSameFormSentTwiceMakesOneRequest() throws Exception {
        FacesClient person = new FacesClient(base.toString()).from("10.30.0.1");
        String body = person.body("publicRequest", websiteFields(person.get("public/request.xhtml").body(),
                "ضيف", "0556000001", "sent-twice"));
        HttpResponse<String> answer = person.postRaw("public/request.xhtml", body);
        String first = tracking(answer);
        assertThat(first).as(shown(answer.body())).isNotNull();
        assertThat(tracking(person.postRaw("public/request.xhtml", body))).isEqualTo(first);
        // the form is read before its sender takes a turn (PublicTurnsFilter), in UTF-8: the Arabic arrives whole
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
             java.sql.PreparedStatement q = c.prepareStatement("select applicant_name from req_request where tracking_number = ?")) {
            q.setString(1, first);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ضيف");
            }
        }

        FacesClient impatient = new FacesClient(base.toString()).from("10.30.0.2");
        String atOnce = impatient.body("publicRequest", websiteFields(impatient.get("public/request.xhtml").body(),
                "ضيف مستعجل", "0556000002", "sent-at-once"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clicks.add(pool.submit(() -> {
                go.await();
                return tracking(impatient.postRaw("public/request.xhtml", atOnce));
            }));
        }
        go.countDown();
        Set<String> answered = new java.util.HashSet<>();
        for (Future<String> click : clicks) {
            answered.add(click.get());
        }
        pool.shutdown();
        assertThat(answered).as("every click shows the one tracking number").hasSize(1).doesNotContainNull();

        try (Connection c = database()) {
            assertThat(longs(c, "select count(*) from req_request where subject = 'sent-twice'")).containsExactly(1L);
            assertThat(longs(c, "select count(*) from req_request where subject = 'sent-at-once'")).containsExactly(1L);
        }
    }

    private static String tracking(HttpResponse<String> answer) {
        Matcher m = TRACKING.matcher(answer.body());
        return answer.statusCode() == 200 && m.find() ? m.group(1) : null;
    }

    /** A survey link answers once; an expired one opens nothing; the page says which, politely. */
    @Test
    @Order(4)
    @RunAsClient
    void aSurveyLinkWorksOnceAndNotAfterItExpires() throws Exception {
        List<String> tokens = surveyTokens();
        String once = tokens.get(SURVEYS);
        FacesClient person = new FacesClient(base.toString());
        HttpResponse<String> page = person.get("public/survey.xhtml?t=" + once);
        Map<String, String> answers = new LinkedHashMap<>();
        FacesClient.radios(page.body()).forEach((name, values) -> answers.put(name, values.get(0)));
        answers.put("survey:send", "");
        String body = person.body("survey", answers);
        String action = person.action("survey");
        assertThat(person.postRaw(action, body).body()).contains("id=\"thanksText\"");
        // The same answer replayed (a double click, a retry) is thanked again and not stored again (counted below).
        assertThat(person.postRaw(action, body).statusCode()).isEqualTo(200);
        assertThat(new FacesClient(base.toString()).get("public/survey.xhtml?t=" + once).body()).contains(":used\"")
                .doesNotContain("survey:send");

        String late = tokens.get(SURVEYS + 1);
        try (Connection c = database(); PreparedStatement expire = c.prepareStatement("update sat_invitation"
                + " set expires_at = ? where token_hash = ?")) {
            expire.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
            expire.setString(2, org.ektefaa.platform.api.protect.OneTimeTokens.hash(late));
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        assertThat(new FacesClient(base.toString()).get("public/survey.xhtml?t=" + late).body()).contains(":expired\"")
                .doesNotContain("survey:send");

        try (Connection c = database()) {
            assertThat(longs(c, "select count(*) from sat_response r join sat_invitation i on i.id = r.invitation_id"
                    + " where i.token_hash in ('" + org.ektefaa.platform.api.protect.OneTimeTokens.hash(once) + "', '"
                    + org.ektefaa.platform.api.protect.OneTimeTokens.hash(late) + "')")).containsExactly(1L);
        }
    }

    /**
     * Inside the server: a volunteer's personal link signs in once and not after it expires; and of all the
     * links sent while this class ran, none appears in anything the server logged.
     */
    @Test
    @Order(5)
    void aVolunteerLinkWorksOnceAndNotAfterItExpiresAndNoTokenIsEverLogged() throws SQLException {
        // An identity number and an address no other test class uses (they share the database).
        long nineDigits = 190_000_000L + new java.security.SecureRandom().nextInt(9_999_999);
        String email = "lama." + nineDigits + "@example.sa";
        Volunteer v = volunteers.register(new Volunteers.Registration("لمى ناصر", NationalIds.withCheckDigit(nineDigits),
                Gender.FEMALE, LocalDate.of(1994, 2, 14), "0551239876", email, "الرياض", Education.BACHELOR,
                Set.of("DRIVING"), "القيادة", EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(TimeOfDay.class), 8, null,
                true, true, "ar"));
        volunteers.review(v.getId(), volunteers.find(v.getId()).orElseThrow().getVersion(), VolunteerStatus.APPROVED,
                null);
        String first = volunteerToken(v.getReference(), null);
        assertThat(volunteerLinks.signIn(first)).contains(v.getId());
        assertThat(volunteerLinks.signIn(first)).as("used once").isEmpty();

        volunteerLinks.requestLink(email);
        String second = volunteerToken(v.getReference(), first);
        try (Connection c = dataSource.getConnection(); PreparedStatement expire = c.prepareStatement(
                "update vol_access_link set expires_at = ? where token_hash = ?")) {
            expire.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
            expire.setString(2, org.ektefaa.platform.api.protect.OneTimeTokens.hash(second));
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        assertThat(volunteerLinks.signIn(second)).as("expired").isEmpty();

        Logger.getLogger(SubmissionsIT.class.getName()).info("log capture works: canary-" + v.getId());
        List<String> logged;
        synchronized (LOGGED) {
            logged = List.copyOf(LOGGED);
        }
        assertThat(logged).anyMatch(line -> line.contains("canary-" + v.getId()));
        List<String> tokens = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select body from plt_outbox where body is not null")) {
            while (rs.next()) {
                Matcher m = Pattern.compile("\\?t=([A-Za-z0-9_-]{43})").matcher(opened(rs.getString(1)));
                while (m.find()) {
                    tokens.add(m.group(1));
                }
            }
        }
        assertThat(tokens).hasSizeGreaterThan(SURVEYS);
        for (String token : tokens) {
            assertThat(logged).noneMatch(line -> line.contains(token));
        }
    }

    private String volunteerToken(String reference, String not) {
        for (OutboxMessage message : outbox.about(reference)) {
            String body = message.body(personalData);
            if (body == null) {
                continue;
            }
            Matcher m = VOLUNTEER_LINK.matcher(body);
            if (m.find() && !m.group(1).equals(not)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no personal link sent to the volunteer");
    }

    /** An outbox text as the database keeps it (sealed with the field key while it waits), opened. */
    private String opened(String stored) {
        return stored != null && stored.startsWith("v2:")
                ? personalData.open(stored) : stored;
    }

    private static List<String> surveyTokens() throws SQLException {
        List<String> tokens = new ArrayList<>();
        try (Connection c = database(); ResultSet rs = c.createStatement().executeQuery("select o.body from plt_outbox o"
                + " join req_request q on q.tracking_number = o.reference where q.subject = 'load-survey' order by o.id")) {
            while (rs.next()) {
                String stored = rs.getString(1);
                Matcher m = SURVEY_LINK.matcher(String.valueOf(stored != null && stored.startsWith("v2:")
                        ? SealedOutbox.protection().decrypt(stored) : stored));
                if (m.find()) {
                    tokens.add(m.group(1));
                }
            }
        }
        return tokens;
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
    }
}

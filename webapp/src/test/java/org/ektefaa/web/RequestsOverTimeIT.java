package org.ektefaa.web;

import org.ektefaa.platform.api.PolicyClause;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The decision commitment as time passes (policy §5.4), on a clock the test moves: a request left 15 days is
 * overdue and its late decision is recorded as such; a request that waited 3 days for the applicant is due 3
 * days later. And the public website form under 100 rapid submissions from one address (§4.7).
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class RequestsOverTimeIT {

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    /** The application's clock, moved forward by the test; it replaces the platform's clock in this deployment. */
    @ApplicationScoped
    @Alternative
    @Priority(Interceptor.Priority.APPLICATION + 100)
    public static class MovableClock {

        private volatile Duration offset = Duration.ZERO;

        @Produces
        Clock clock() {
            MovableClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("Asia/Riyadh");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(instant(), zone);
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(self.offset);
                }
            };
        }

        void move(Duration by) {
            offset = offset.plus(by);
        }

        void reset() {
            offset = Duration.ZERO;
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(RequestsOverTimeIT.class, MovableClock.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    Decisions decisions;

    @Inject
    org.ektefaa.requests.boundary.Catalogue catalogue;

    @Inject
    org.ektefaa.platform.boundary.Texts texts;

    @Inject
    org.ektefaa.platform.boundary.Outbox outbox;

    @Inject
    AssociationProfile profile;

    @Inject
    org.ektefaa.platform.boundary.Settings settings;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @AfterEach
    void backToNow() {
        if (clock != null) {
            clock.reset();
        }
    }

    private AidRequest raised(String mobile) {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE, null, "فهد",
                mobile, "سداد فاتورة الكهرباء", "فاتورة ثلاثة أشهر", "BILLS"));
        handling.raise(r.getId(), queries.find(r.getId()).orElseThrow().getVersion());
        return queries.find(r.getId()).orElseThrow();
    }

    @Test
    @PolicyClause("5.4")
    void aRequestLeftFifteenDaysIsOverdueAndItsLateDecisionIsRecorded() throws Exception {
        AidRequest r = raised("0551238001");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Riyadh"));
        assertThat(r.getDueDate()).isEqualTo(today.plusDays(profile.decisionPeriodDays()));
        assertThat(queries.list(new RequestQueries.Filter(RequestStatus.RAISED, null, null, true, null), 0, 1000)).extracting(AidRequest::getId)
                .doesNotContain(r.getId());

        assertThat(decisions.queueSummary()).as("the dashboard's counts, by index").isEqualTo(countedOneByOne());
        clock.move(Duration.ofDays(12));
        assertThat(decisions.queueSummary()).as("at risk three days before it is due").isEqualTo(countedOneByOne());
        clock.move(Duration.ofDays(3));
        assertThat(queries.list(new RequestQueries.Filter(RequestStatus.RAISED, null, null, true, null), 0, 1000)).extracting(AidRequest::getId)
                .contains(r.getId());
        org.ektefaa.requests.boundary.Decisions.QueueSummary overdue = decisions.queueSummary();
        assertThat(overdue).as("overdue the day after it was due").isEqualTo(countedOneByOne());
        assertThat(overdue.overdue()).isPositive();
        decisions.approve(r.getId(), queries.find(r.getId()).orElseThrow().getVersion(), "eligible");
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select met_deadline, days_to_decision from rep_request_fact"
                     + " where request_id = ?")) {
            q.setLong(1, r.getId());
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("decided after the committed period").isFalse();
                assertThat(rs.getInt(2)).isEqualTo(15);
            }
        }
    }

    /** The queue's counts as the dashboard counted them before issue #19: every waiting request loaded, one by one. */
    private org.ektefaa.requests.boundary.Decisions.QueueSummary countedOneByOne() {
        List<AidRequest> queue = decisions.queue();
        LocalDate today = decisions.today();
        return new org.ektefaa.requests.boundary.Decisions.QueueSummary(queue.size(),
                queue.stream().filter(q -> q.isAtRisk(today)).count(),
                queue.stream().filter(q -> q.getDueDate() != null && q.daysLeft(today) >= 0 && q.daysLeft(today) <= 7
                        && q.getStatus() == RequestStatus.RAISED).count(),
                queue.stream().filter(q -> q.isOverdue(today)).count());
    }

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService nobody;

    /**
     * Issue #21: when the profile says reception raises support requests as it records them, a support request
     * typed at the intake goes to executive management in the same step (its decision period from today, in the
     * queue); one sent from the website (by a visitor, or by an employee trying the form) still waits for reception;
     * without the setting, reception's waits too.
     */
    @Test
    @PolicyClause("5.4")
    void receptionRaisesASupportRequestAsItRecordsItWhenTheProfileSaysSo() throws Exception {
        org.ektefaa.platform.boundary.Settings.Editable before = settings.editable();
        AssociationProfile p = before.profile();
        assertThat(p.raiseAtIntake()).as("off unless an administrator turns it on").isFalse();
        AidRequest waiting = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE, null,
                "هند", "0551238101", "إيجار متأخر", "شهران", "BILLS"));
        assertThat(waiting.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        settings.save(p.raisingAtIntake(true), before.version());
        try {
            assertThat(settings.editable().profile().raiseAtIntake()).as("kept by the profile").isTrue();
            AidRequest raised = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.PHONE_CALL, null,
                    "هند", "0551238102", "إيجار متأخر", "شهران", "BILLS"));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Riyadh"));
            AidRequest stored = queries.find(raised.getId()).orElseThrow();
            assertThat(stored.getStatus()).isEqualTo(RequestStatus.RAISED);
            assertThat(stored.getDueDate()).isEqualTo(today.plusDays(p.decisionPeriodDays()));
            assertThat(decisions.queue()).extracting(AidRequest::getId).contains(raised.getId());
            assertThat(decisions.queueSummary()).as("the counters moved with it").isEqualTo(countedOneByOne());
            AidRequest inquiry = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null,
                    "هند", "0551238103", "سؤال", "متى"));
            assertThat(inquiry.getStatus()).as("only support requests are decided").isEqualTo(RequestStatus.RECEIVED);
            AidRequest fromWebsite = nobody.submit(() -> requests.receiveOnce(java.util.UUID.randomUUID().toString(),
                    new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE, null, "هند", "0551238104",
                            "إيجار متأخر", "شهران", "BILLS", "ar", null, true))).get();
            assertThat(fromWebsite.getStatus()).as("a visitor's request waits for reception").isEqualTo(RequestStatus.RECEIVED);
            AidRequest staffOnTheWebsite = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE,
                    null, "هند", "0551238105", "إيجار متأخر", "شهران", "BILLS"));
            assertThat(staffOnTheWebsite.getStatus()).as("so does one an employee sends through the website form")
                    .isEqualTo(RequestStatus.RECEIVED);
        } finally {
            settings.save(p, settings.editable().version());
        }
    }

    @Test
    @PolicyClause("5.4")
    void threeDaysWaitingForTheApplicantMoveTheDueDateByThreeDays() {
        AidRequest r = raised("0551238002");
        LocalDate due = r.getDueDate();
        handling.waitForApplicant(r.getId(), r.getVersion(), "صورة الفاتورة");
        clock.move(Duration.ofDays(3));
        handling.applicantAnswered(r.getId(), queries.find(r.getId()).orElseThrow().getVersion());
        assertThat(queries.find(r.getId()).orElseThrow().getDueDate()).isEqualTo(due.plusDays(3));
    }

    /**
     * The seven channels of policy §4: with all of them enabled in the association profile, a request is
     * received on each and counted under it; a channel switched off refuses requests.
     */
    @Test
    @PolicyClause("4.1")
    @PolicyClause("4.2")
    @PolicyClause("4.3")
    @PolicyClause("4.4")
    @PolicyClause("4.5")
    @PolicyClause("4.6")
    @PolicyClause("4.7")
    void aRequestIsReceivedOnEachOfTheSevenChannels() {
        org.ektefaa.platform.boundary.Settings.Editable before = settings.editable();
        AssociationProfile p = before.profile();
        settings.save(new AssociationProfile(p.nameAr(), p.nameEn(), p.boardChairAr(), p.boardChairEn(),
                p.policyApprovalReference(), p.decisionPeriodDays(), java.util.EnumSet.allOf(ContactChannel.class),
                p.hasLogo()), before.version());
        try {
            Instant since = Instant.now();
            for (ContactChannel channel : ContactChannel.values()) {
                requests.receive(new Requests.Intake(RequestType.INQUIRY, channel, null, "سائل", "0551236000",
                        "سؤال", channel.name()));
            }
            java.util.Map<ContactChannel, Long> counted = queries.receivedPerChannel(since);
            assertThat(counted.keySet()).containsExactlyInAnyOrder(ContactChannel.values());
            assertThat(counted.values()).allMatch(n -> n == 1L);

            java.util.Set<ContactChannel> withoutLetters = java.util.EnumSet.allOf(ContactChannel.class);
            withoutLetters.remove(ContactChannel.LETTER);
            settings.save(new AssociationProfile(p.nameAr(), p.nameEn(), p.boardChairAr(), p.boardChairEn(),
                    p.policyApprovalReference(), p.decisionPeriodDays(), withoutLetters, p.hasLogo()),
                    settings.editable().version());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> requests.receive(new Requests.Intake(RequestType.INQUIRY,
                    ContactChannel.LETTER, null, "سائل", "0551236000", "سؤال", "x")))
                    .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class);
        } finally {
            settings.save(p, settings.editable().version());
        }
    }

    /** Administrators keep the service catalogue and the rejection reasons; withdrawn entries are refused, stale edits too. */
    @Test
    @PolicyClause("5.6")
    void theCatalogueAndTheReasonsAreKeptByAdministrators() {
        catalogue.saveService("home_repair", null, new org.ektefaa.platform.api.LocalizedName("ترميم المنازل", "Home repair"),
                "ريال", "SAR", false, true);
        AidRequest r = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE, null, "سعيد",
                "0551238100", "ترميم سقف", "تسرب المياه", "HOME_REPAIR"));
        assertThat(r.getServiceCode()).isEqualTo("HOME_REPAIR");
        org.ektefaa.requests.entity.Service repair = catalogue.allServices().stream()
                .filter(s -> s.getCode().equals("HOME_REPAIR")).findFirst().orElseThrow();
        catalogue.saveService("HOME_REPAIR", repair.getVersion(), repair.getName(), "ريال", "SAR", false, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> requests.receive(new Requests.Intake(RequestType.SUPPORT,
                ContactChannel.WEBSITE, null, "سعيد", "0551238100", "ترميم", "x", "HOME_REPAIR")))
                .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogue.saveService("HOME_REPAIR", repair.getVersion(),
                repair.getName(), "ريال", "SAR", false, true)).isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogue.saveService("home repair!", null, repair.getName(),
                "ريال", "SAR", false, true)).isInstanceOf(org.ektefaa.platform.api.RuleViolation.class);

        catalogue.saveReason("DUPLICATE_SUPPORT", null, new org.ektefaa.platform.api.LocalizedName("حصل على الدعم نفسه من جهة أخرى",
                "Received the same support elsewhere"), true);
        AidRequest other = raised("0551238101");
        decisions.reject(other.getId(), other.getVersion(), "DUPLICATE_SUPPORT", null);
        assertThat(queries.find(other.getId()).orElseThrow().getDecisionReason()).isEqualTo("حصل على الدعم نفسه من جهة أخرى");
    }

    /** A file handed in with a request is kept by content type, listed on the request and read back unchanged. */
    @Test
    void aFileHandedInWithARequestIsKeptAndReadBack() {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE, null, "بدرية",
                "0551238300", "فاتورة كهرباء", "مرفقة", "BILLS"));
        byte[] png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        var attached = requests.attach(r.getId(), queries.find(r.getId()).orElseThrow().getVersion(), "../../فاتورة.png",
                png);
        assertThat(attached.getFileName()).isEqualTo("فاتورة.png");
        assertThat(attached.getContentType()).isEqualTo("image/png");
        assertThat(requests.attachments(r.getId())).extracting(a -> a.getId()).containsExactly(attached.getId());
        assertThat(requests.attachment(attached.getId()).orElseThrow().getValue()).isEqualTo(png);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> requests.attach(r.getId(),
                queries.find(r.getId()).orElseThrow().getVersion(), "script.html", "<script>".getBytes()))
                .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class);
    }

    /** An administrator rewords a notice: the next applicant gets the new wording; placeholders must stay. */
    @Test
    @PolicyClause("2")
    void anAdministratorRewordsANoticeAndTheNextApplicantReadsIt() {
        String bundle = "org.ektefaa.requests.i18n.messages";
        String key = "notice.received.body";
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> texts.change(bundle, key, "ar",
                    "وصلنا طلبك {0}")).as("the association's name {2} was dropped")
                    .isInstanceOf(org.ektefaa.platform.api.RuleViolation.class);
            texts.change(bundle, key, "ar", "أهلًا بك، طلبك رقم {0} بين أيدينا. {2}");
            AidRequest r = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null, "وفاء",
                    "0551238400", "سؤال", "عن المواعيد"));
            assertThat(outbox.about(r.getTrackingNumber())).extracting(m -> m.body(personalData))
                    .anyMatch(body -> body.startsWith("أهلًا بك، طلبك رقم \u2066" + r.getTrackingNumber() + "\u2069 بين أيدينا."));
        } finally {
            texts.reset(bundle, key, "ar");
        }
        assertThat(texts.pattern(bundle, key, java.util.Locale.forLanguageTag("ar"))).isEqualTo(texts.original(bundle, key, "ar"));
    }

    /** "Assigned to me": an officer takes a request on, and the list of their requests shows it (and only theirs). */
    @Test
    void anOfficerTakesARequestOnAndFindsItUnderAssignedToMe() {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null, "حصة",
                "0551238200", "سؤال", "عن الدورات"));
        long before = queries.count(new RequestQueries.Filter(null, null, null, false, "officer7"));
        handling.assign(r.getId(), r.getVersion(), "officer7");
        assertThat(queries.count(new RequestQueries.Filter(null, null, null, false, "officer7"))).isEqualTo(before + 1);
        assertThat(queries.list(new RequestQueries.Filter(null, null, null, false, "officer7"), 0, 100)).extracting(AidRequest::getId)
                .contains(r.getId());
        assertThat(queries.list(new RequestQueries.Filter(null, null, null, false, "officer8"), 0, 100)).extracting(AidRequest::getId)
                .doesNotContain(r.getId());
        assertThat(queries.find(r.getId()).orElseThrow().getAssignedTo()).isEqualTo("officer7");
    }

    /** The request list counts no further than it lists: exact below the cap, the cap above it. */
    @Test
    void theListCountsUpToItsCap() {
        for (int i = 0; i < 3; i++) {
            requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null, "منى",
                    "055123830" + i, "سؤال", "عن المواعيد"));
        }
        long all = queries.count(new RequestQueries.Filter(null, RequestType.INQUIRY, ContactChannel.WEBSITE, false, null));
        assertThat(all).isGreaterThanOrEqualTo(3);
        assertThat(queries.countUpTo(1_000_000, new RequestQueries.Filter(null, RequestType.INQUIRY, ContactChannel.WEBSITE, false, null))).isEqualTo(all);
        assertThat(queries.countUpTo(2, new RequestQueries.Filter(null, RequestType.INQUIRY, ContactChannel.WEBSITE, false, null))).isEqualTo(2);
    }

    /** 100 rapid submissions of the website form from one address: five get a tracking number, the rest are refused. */
    @Test
    @RunAsClient
    @PolicyClause("4.7")
    void aHundredRapidSubmissionsFromOneAddressAreThrottled() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI form = URI.create(base + "public/request.xhtml");
        Pattern viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            String page = http.send(HttpRequest.newBuilder(form).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = viewState.matcher(page);
            assertThat(state.find()).isTrue();
            String body = String.join("&",
                    "publicRequest=publicRequest",
                    "publicRequest:type=INQUIRY",
                    "publicRequest:name=" + enc("زائر " + i),
                    "publicRequest:mobile=0551237" + String.format("%03d", i),
                    "publicRequest:subject=" + enc("سؤال"),
                    "publicRequest:details=" + enc("تفاصيل"),
                    "publicRequest:website=",
                    "publicRequest:consent_input=on",
                    "publicRequest:send=",
                    "jakarta.faces.ViewState=" + enc(state.group(1)));
            String answer = http.send(HttpRequest.newBuilder(form).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (answer.contains("id=\"publicTracking\"")) {
                accepted++;
            } else if (answer.contains("publicRequest:messages")) {
                refused++;
            }
        }
        assertThat(accepted).as("the allowance of one address in an hour").isLessThanOrEqualTo(5).isPositive();
        assertThat(accepted + refused).isEqualTo(100);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.ektefaa.web;

import org.ektefaa.platform.api.SystemActor;
import org.ektefaa.platform.api.PolicyClause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.boundary.Outbox;
import org.ektefaa.platform.entity.OutboxMessage;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.satisfaction.api.SurveyAnswered;
import org.ektefaa.satisfaction.boundary.Figures;
import org.ektefaa.satisfaction.boundary.Surveys;
import org.ektefaa.satisfaction.boundary.SurveyTemplates;
import org.ektefaa.platform.api.protect.OneTimeTokens;
import org.ektefaa.satisfaction.entity.Question;
import org.ektefaa.satisfaction.entity.SurveyQuestion;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.ektefaa.satisfaction.entity.SurveyTemplate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys after service inside Payara Micro against MariaDB (policy §3.5–§3.7): a closed request invites the
 * person with a one-time link whose token is never stored, the answer is saved once, a low score opens a
 * call-back, and the indicators over a known dataset are exactly the hand-computed values.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class SatisfactionIT {

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    private static final Pattern LINK = Pattern.compile("/public/survey\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(SatisfactionIT.class, Answers.class);
    }

    /** Records {@link SurveyAnswered} as the reporting module will observe it. */
    @ApplicationScoped
    public static class Answers {
        private final List<SurveyAnswered> seen = new ArrayList<>();

        void on(@Observes SurveyAnswered answered) {
            seen.add(answered);
        }

        List<SurveyAnswered> seen() {
            return List.copyOf(seen);
        }
    }

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    Surveys surveys;

    @Inject
    SurveyTemplates surveyTemplates;

    @Inject
    Figures figures;

    @Inject
    Outbox outbox;

    @Inject
    Answers answers;

    @Inject
    org.ektefaa.beneficiaries.boundary.BeneficiaryFiles files;

    @Inject
    org.ektefaa.satisfaction.boundary.Invitations invitations;

    @Inject
    org.ektefaa.platform.api.MessageLog messages;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    /** An inquiry on the website, answered and closed by {@code by}; returns the survey token sent for it. */
    private String closedInquiry(String mobile, String by) {
        return SystemActor.supply(by, () -> {
            AidRequest request = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null,
                    "سارة محمد", mobile, "سؤال", "متى يبدأ التسجيل؟"));
            handling.answer(request.getId(), queries.find(request.getId()).orElseThrow().getVersion(), "يبدأ الأحد", null, null);
            handling.close(request.getId(), queries.find(request.getId()).orElseThrow().getVersion());
            return tokenSentFor(request.getTrackingNumber());
        });
    }

    private String tokenSentFor(String trackingNumber) {
        for (OutboxMessage message : outbox.about(trackingNumber)) {
            Matcher link = LINK.matcher(message.body(personalData));
            if (link.find()) {
                return link.group(1);
            }
        }
        return null;
    }

    /**
     * Issue #21: a beneficiary's file shows the invitations about the person's requests (the surveys tab: asked,
     * answered or not, never what they answered — policy §3.6) and the messages sent about them (the contacts tab:
     * what each was about, masked, without its text); another person's are not there.
     */
    @Test
    @PolicyClause("3.6")
    void aPersonsFileShowsTheirInvitationsAndMessagesButNeitherAnswersNorTexts() {
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                106_000_000L + new java.security.SecureRandom().nextInt(900_000)));
        form.setFirstName("منيرة");
        form.setFatherName("سعد");
        form.setGrandfatherName("علي");
        form.setFamilyName("القحطاني");
        long fileId = files.start(form).getId();
        AidRequest theirs = SystemActor.supply("officer1", () -> {
            AidRequest request = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, fileId,
                    null, "0551230177", "سؤال", "متى يبدأ التسجيل؟"));
            handling.answer(request.getId(), queries.find(request.getId()).orElseThrow().getVersion(), "يبدأ الأحد", null, null);
            handling.close(request.getId(), queries.find(request.getId()).orElseThrow().getVersion());
            return request;
        });
        String someoneElses = closedInquiry("0551230178", "officer1");
        assertThat(someoneElses).isNotNull();

        var listed = invitations.ofBeneficiary(fileId, 100);
        assertThat(listed).singleElement().satisfies(i -> {
            assertThat(i.getRequestId()).isEqualTo(theirs.getId());
            assertThat(i.getStatus()).isEqualTo(org.ektefaa.satisfaction.entity.InvitationStatus.SENT);
        });
        assertThat(invitations.ofBeneficiary(fileId + 1_000_000, 100)).isEmpty();

        var sent = messages.about(java.util.Set.of(theirs.getTrackingNumber()), 100);
        assertThat(sent).as("the survey invitation, by SMS").isNotEmpty().allSatisfy(m -> {
            assertThat(m.reference()).isEqualTo(theirs.getTrackingNumber());
            assertThat(m.recipient()).doesNotContain("551230177").endsWith("0177");
            assertThat(m.subject()).as("what it was about, kept for the SMS too").isNotBlank();
        });
        assertThat(sent).extracting(org.ektefaa.platform.api.MessageLog.Message::channel).contains("SMS");
    }

    @Test
    @PolicyClause("3.5")
    @PolicyClause("2")
    void aClosedRequestInvitesThePersonWithALinkWhoseTokenIsNeverStored() throws SQLException {
        String token = closedInquiry("0551230001", "officer1");
        assertThat(token).as("the invitation is in the outbox with its link").isNotNull();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select * from sat_invitation where token_hash = ?")) {
            query.setString(1, OneTimeTokens.hash(token));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    assertThat(String.valueOf(row.getObject(i))).doesNotContain(token);
                }
                assertThat(row.getString("status")).isEqualTo("SENT");
                assertThat(row.getTimestamp("expires_at").toInstant())
                        .isAfter(Instant.now().plusSeconds(13 * 86400)).isBefore(Instant.now().plusSeconds(15 * 86400));
            }
        }
    }

    @Test
    @PolicyClause("3.5")
    @PolicyClause("3.4")
    void theAnswerIsSavedOnceAndTheLinkThenSaysSoPolitely() {
        String token = closedInquiry("0551230002", "officer1");
        Surveys.Opened opened = surveys.open(token);
        assertThat(opened.state()).isEqualTo(Surveys.LinkState.ANSWERABLE);
        assertThat(opened.template().asks(Question.RECOMMEND)).isTrue();
        int before = answers.seen().size();

        SurveyResponse response = surveys.answer(opened.invitationId(),
                new SurveyResponse.Scores(5, 4, 5, 4, 6, 9), "  شكرًا لكم  ", false);
        assertThat(response.getSuggestion()).isEqualTo("شكرًا لكم");
        assertThat(answers.seen()).hasSize(before + 1);
        SurveyAnswered event = answers.seen().get(before);
        assertThat(event.overall()).isEqualTo(5);
        assertThat(event.recommend()).isEqualTo(9);
        assertThat(event.requestId()).isNotNull();
        assertThat(event.templateFamily()).isEqualTo("GENERAL");

        assertThatThrownBy(() -> surveys.answer(opened.invitationId(),
                new SurveyResponse.Scores(1, null, null, null, null, null), null, false))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("survey.error.used"));
        assertThat(surveys.open(token).state()).isEqualTo(Surveys.LinkState.USED);
        assertThat(surveys.open("A".repeat(43)).state()).isEqualTo(Surveys.LinkState.UNKNOWN);
        assertThat(answers.seen()).hasSize(before + 1);
    }

    @Test
    @PolicyClause("3.6")
    @PolicyClause("3.7")
    void aLowScoreOpensACallBackUnlessThePersonStaysAnonymous() {
        String low = closedInquiry("0551230003", "officer1");
        long followUpsBefore = queries.count(new RequestQueries.Filter(null, RequestType.FOLLOW_UP, null, false, null));
        SurveyResponse response = surveys.answer(surveys.open(low).invitationId(),
                new SurveyResponse.Scores(1, 1, 2, 1, 1, 0), "لم يرد أحد على اتصالي", false);
        assertThat(response.isFollowUp()).isTrue();
        assertThat(queries.count(new RequestQueries.Filter(null, RequestType.FOLLOW_UP, null, false, null))).isEqualTo(followUpsBefore + 1);
        AidRequest followUp = queries.list(new RequestQueries.Filter(null, RequestType.FOLLOW_UP, null, false, null), 0, 1).get(0);
        assertThat(followUp.getSubject()).contains(response.getTrackingNumber());
        assertThat(followUp.getApplicantMobile()).isEqualTo("+966551230003");

        String anonymous = closedInquiry("0551230004", "officer1");
        SurveyResponse hidden = surveys.answer(surveys.open(anonymous).invitationId(),
                new SurveyResponse.Scores(1, null, null, null, null, null), null, true);
        assertThat(hidden.isFollowUp()).isFalse();
        assertThat(hidden.getRequestId()).isNull();
        assertThat(queries.count(new RequestQueries.Filter(null, RequestType.FOLLOW_UP, null, false, null))).isEqualTo(followUpsBefore + 1);
    }

    @Test
    @PolicyClause("3.6")
    void aPersonWhoOptedOutIsNotInvitedAgain() {
        String token = closedInquiry("0551230005", "officer1");
        assertThat(surveys.optOut(token)).isTrue();
        assertThat(closedInquiry("0551230005", "officer1")).as("no second invitation").isNull();
        assertThat(closedInquiry("0551230006", "officer1")).as("others are still invited").isNotNull();
    }

    @Test
    @PolicyClause("3.5")
    @PolicyClause("3.6")
    void theIndicatorsOfAKnownDatasetAreTheHandComputedValues() {
        Instant start = Instant.now();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tokens.add(closedInquiry("05512310" + String.format("%02d", i), i < 7 ? "sat-many" : "sat-few"));
        }
        int[] overall = {5, 4, 4, 3, 5, 1, 5, 2};
        int[] recommend = {10, 9, 7, 6, 10, 0, 9, 3};
        int[] effort = {7, 6, 5, 4, 7, 1, 6, 2};
        // Invitations 0-5 (sat-many) and 7-8 (sat-few) are answered; 6 and 9 are not. The last is anonymous.
        int[] answered = {0, 1, 2, 3, 4, 5, 7, 8};
        for (int k = 0; k < answered.length; k++) {
            surveys.answer(surveys.open(tokens.get(answered[k])).invitationId(), new SurveyResponse.Scores(
                    overall[k], null, null, null, effort[k], recommend[k]), null, k == answered.length - 1);
        }
        Instant end = Instant.now().plusMillis(1);

        Figures.Row all = figures.overview(start, end).all();
        assertThat(all.csat().value()).as("5 of 8 answers are 4 or 5").isEqualByComparingTo("62.5");
        assertThat(all.csat().n()).isEqualTo(8);
        assertThat(all.nps().value()).as("(4 promoters - 3 detractors) / 8").isEqualByComparingTo("12.5");
        assertThat(all.ces().value()).as("38 / 8").isEqualByComparingTo("4.75");
        assertThat(all.responseRate().value()).as("8 of 10 invitations").isEqualByComparingTo("80.0");
        assertThat(all.responseRate().n()).isEqualTo(10);
        assertThat(figures.followUps(start, end)).as("the 1 of the sixth answer; the 2 is anonymous").isEqualTo(1);

        assertThat(figures.by(Figures.Dimension.CHANNEL, start, end)).singleElement()
                .satisfies(row -> assertThat(row.key()).isEqualTo("WEBSITE"));

        // Policy §3.6: sat-few has 2 answers, under the minimum of 5: counted, not shown, not even to themselves.
        Figures.StaffRows staff = figures.byStaff(start, end);
        assertThat(staff.shown()).extracting(Figures.Row::key).containsExactly("sat-many");
        assertThat(staff.shown().get(0).csat().n()).isEqualTo(6);
        assertThat(staff.hidden()).isEqualTo(1);
        assertThat(SystemActor.supply("sat-few", () -> figures.mine(start, end))).isEmpty();
        // the trend's month is the month's overview (without the service histograms it does not show)
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Riyadh"));
        Figures.Month last = figures.trend(1).get(0);
        assertThat(last.month()).isEqualTo(thisMonth);
        assertThat(last.row()).isEqualTo(figures.overview(
                thisMonth.atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Riyadh")).toInstant(),
                thisMonth.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Riyadh")).toInstant()).all());
        // an employee's own figures, counted over their own answers only, are the very row of the staff breakdown
        assertThat(SystemActor.supply("sat-many", () -> figures.mine(start, end))).contains(staff.shown().get(0));
    }

    @Test
    @PolicyClause("3.7")
    void editingATemplateMakesANewVersionAndEarlierAnswersKeepTheirs() throws SQLException {
        SurveyTemplate current = surveyTemplates.currentTemplates().stream()
                .filter(t -> t.getFamily().equals("GENERAL")).findFirst().orElseThrow();
        String token = closedInquiry("0551230020", "officer1");
        long invitationTemplate = surveys.open(token).template().getId();
        List<SurveyQuestion> fewer = List.of(new SurveyQuestion(1, Question.OVERALL, "كيف كانت الخدمة؟", "How was it?"));
        SurveyTemplate next = surveyTemplates.revise(current.getId(), new LocalizedName("عام", "General"), fewer);
        assertThat(next.getRevision()).isEqualTo(current.getRevision() + 1);

        SurveyResponse answer = surveys.answer(surveys.open(token).invitationId(),
                new SurveyResponse.Scores(4, null, null, null, 5, 8), null, false);
        assertThat(answer.getTemplate().getId()).as("answered the version it was invited with").isEqualTo(invitationTemplate);
        String after = closedInquiry("0551230021", "officer1");
        assertThat(surveys.open(after).template().getId()).isEqualTo(next.getId());
        assertThat(surveys.open(after).template().asks(Question.RECOMMEND)).isFalse();
        // put the full questionnaire back for the browser tests
        surveyTemplates.revise(next.getId(), current.getName(), current.getQuestions());
    }

    @Test
    @PolicyClause("3.5")
    @PolicyClause("4.1")
    void theReceptionKioskAnswersForAVisitOnceWithoutALink() {
        AidRequest visit = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null,
                "منيرة علي", "0551230030", "سؤال", "عن مواعيد الدوام"));
        long invitation = surveys.kiosk(visit.getTrackingNumber()).orElseThrow();
        assertThat(surveys.openKiosk(invitation).state()).isEqualTo(Surveys.LinkState.ANSWERABLE);
        SurveyResponse answer = surveys.answer(invitation, new SurveyResponse.Scores(4, 4, 5, 4, 6, 8), null, false);
        assertThat(answer.isKiosk()).isTrue();
        assertThat(answer.getTrackingNumber()).isEqualTo(visit.getTrackingNumber());
        assertThatThrownBy(() -> surveys.kiosk(visit.getTrackingNumber()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("kiosk.error.answered"));
        assertThat(surveys.kiosk("1400-999999")).isEmpty();
        assertThat(surveys.openKiosk(invitation).state()).isEqualTo(Surveys.LinkState.UNKNOWN);
    }

    @Test
    @PolicyClause("3.4")
    void aLinkPrintedOnTheReceiptOpensTheSameSurveyOnce() {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null, "دلال",
                "0551230040", "سؤال", "عن السلال"));
        assertThat(surveys.printableLink(r.getId(), "ar")).as("not closed yet: nothing to evaluate").isEmpty();
        handling.answer(r.getId(), queries.find(r.getId()).orElseThrow().getVersion(), "الجواب", null, null);
        handling.close(r.getId(), queries.find(r.getId()).orElseThrow().getVersion());
        String first = surveys.printableLink(r.getId(), "ar").orElseThrow();
        String printed = surveys.printableLink(r.getId(), "ar").orElseThrow();
        assertThat(surveys.open(token(first)).state()).as("a reprint replaces the earlier print").isEqualTo(Surveys.LinkState.UNKNOWN);
        Surveys.Opened opened = surveys.open(token(printed));
        assertThat(opened.state()).isEqualTo(Surveys.LinkState.ANSWERABLE);
        surveys.answer(opened.invitationId(), new SurveyResponse.Scores(5, null, null, null, null, null), null, false);
        assertThat(surveys.open(tokenSentFor(r.getTrackingNumber())).state()).as("the SMS link now says it was used")
                .isEqualTo(Surveys.LinkState.USED);
        assertThat(surveys.printableLink(r.getId(), "ar")).isEmpty();
    }

    private static String token(String link) {
        java.util.regex.Matcher m = LINK.matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

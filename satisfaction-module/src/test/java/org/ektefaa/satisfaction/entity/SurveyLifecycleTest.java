package org.ektefaa.satisfaction.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.junit.jupiter.api.Test;

/** Invitations answer once and expire; answers respect the template's scales; templates version. */
class SurveyLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private static SurveyTemplate general() {
        return new SurveyTemplate("GENERAL", new LocalizedName("عام", "General"), null, null, List.of(
                new SurveyQuestion(1, Question.OVERALL, "الرضا", "Overall"),
                new SurveyQuestion(2, Question.RECOMMEND, "التوصية", "Recommend"),
                new SurveyQuestion(3, Question.SUGGESTION, "اقتراح", "Suggestion")), "quality", T0);
    }

    private static Invitation invitation(SurveyTemplate template) {
        return new Invitation(OneTimeLink.issue(T0, Duration.ofDays(14)).link(), template, 42, "1448-000042",
                RequestType.INQUIRY, ContactChannel.WEBSITE, null, "officer", "ar", "c", false, T0);
    }

    @Test
    void anInvitationIsAnsweredOnceAndNeverAfterItsExpiry() {
        Invitation invitation = invitation(general());
        invitation.opened(T0.plusSeconds(60));
        assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.OPENED);
        invitation.answered(T0.plusSeconds(120));
        assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ANSWERED);
        assertThatThrownBy(() -> invitation.answered(T0.plusSeconds(180)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("survey.error.used"));

        Invitation late = invitation(general());
        assertThatThrownBy(() -> late.answered(T0.plus(Duration.ofDays(14))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("survey.error.expired"));
        late.expire(T0.plus(Duration.ofDays(14)));
        assertThat(late.getStatus()).isEqualTo(InvitationStatus.EXPIRED);
    }

    /** Issue #22: an open invitation whose link has expired reads expired before the hourly timer records it. */
    @Test
    void anOpenInvitationPastItsExpiryReadsExpired() {
        Invitation invitation = invitation(general());
        invitation.opened(T0.plusSeconds(60));
        assertThat(invitation.statusAt(T0.plus(Duration.ofDays(13)))).isEqualTo(InvitationStatus.OPENED);
        assertThat(invitation.statusAt(T0.plus(Duration.ofDays(14)))).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(invitation.getStatus()).as("not changed by reading it").isEqualTo(InvitationStatus.OPENED);
        invitation.answered(T0.plusSeconds(120));
        assertThat(invitation.statusAt(T0.plus(Duration.ofDays(30)))).as("an answer stays an answer")
                .isEqualTo(InvitationStatus.ANSWERED);
    }

    @Test
    void oneReminderAfterTheConfiguredDaysAndBeforeTheExpiry() {
        Invitation invitation = invitation(general());
        assertThat(invitation.needsReminder(T0.plus(Duration.ofDays(2)), Duration.ofDays(3))).isFalse();
        assertThat(invitation.needsReminder(T0.plus(Duration.ofDays(3)), Duration.ofDays(3))).isTrue();
        invitation.reminded("h2", T0.plus(Duration.ofDays(3)));
        assertThat(invitation.needsReminder(T0.plus(Duration.ofDays(4)), Duration.ofDays(3))).isFalse();
    }

    @Test
    void scoresOutsideTheScaleOrForQuestionsNotAskedAreRefused() {
        Invitation invitation = invitation(general());
        assertThatThrownBy(() -> new SurveyResponse(invitation,
                new SurveyResponse.Scores(6, null, null, null, null, null), null, false, T0))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new SurveyResponse(invitation,
                new SurveyResponse.Scores(4, 3, null, null, null, null), null, false, T0))
                .as("speed is not asked by this template").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new SurveyResponse(invitation,
                new SurveyResponse.Scores(null, null, null, null, null, 9), null, false, T0))
                .as("overall is required").isInstanceOf(RuleViolation.class);
        SurveyResponse ok = new SurveyResponse(invitation, new SurveyResponse.Scores(2, null, null, null, null, 0),
                "  الانتظار طويل  ", false, T0);
        assertThat(ok.isLow(2)).isTrue();
        assertThat(ok.isLow(1)).isFalse();
        assertThat(ok.getSuggestion()).isEqualTo("الانتظار طويل");
        assertThat(ok.getSuggestionStatus()).isEqualTo(SuggestionStatus.NEW);
        assertThat(ok.getRequestId()).isEqualTo(42L);
    }

    @Test
    void anAnonymousAnswerKeepsNoLinkToTheRequest() {
        SurveyResponse anonymous = new SurveyResponse(invitation(general()),
                new SurveyResponse.Scores(5, null, null, null, null, 10), null, true, T0);
        assertThat(anonymous.getRequestId()).isNull();
        assertThat(anonymous.getTrackingNumber()).isNull();
        assertThat(anonymous.getChannel()).isEqualTo(ContactChannel.WEBSITE);
        assertThat(anonymous.getRequestType()).isEqualTo(RequestType.INQUIRY);
    }

    @Test
    void revisingMakesTheNextVersionAndRetiresThisOne() {
        SurveyTemplate first = general();
        SurveyTemplate second = first.revise(new LocalizedName("عام ٢", "General 2"),
                List.of(new SurveyQuestion(1, Question.OVERALL, "؟", "?")), "quality", T0.plusSeconds(1));
        assertThat(first.isCurrent()).isFalse();
        assertThat(second.isCurrent()).isTrue();
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getFamily()).isEqualTo("GENERAL");
        assertThat(first.asks(Question.RECOMMEND)).isTrue();
        assertThat(second.asks(Question.RECOMMEND)).isFalse();
    }

    @Test
    void theMostSpecificTemplateFits() {
        SurveyTemplate any = general();
        SurveyTemplate complaints = new SurveyTemplate("COMPLAINTS", new LocalizedName("ش", "C"), RequestType.COMPLAINT,
                null, List.of(new SurveyQuestion(1, Question.OVERALL, "؟", "?")), "q", T0);
        assertThat(complaints.fit(RequestType.COMPLAINT, ContactChannel.PHONE_CALL))
                .isGreaterThan(any.fit(RequestType.COMPLAINT, ContactChannel.PHONE_CALL));
        assertThat(complaints.fit(RequestType.INQUIRY, ContactChannel.PHONE_CALL)).isNegative();
    }

    @Test
    void settingsStayWithinSensibleBounds() {
        SurveySettings settings = new SurveySettings();
        settings.change(14, 3, 5, 2);
        assertThat(settings.getMinGroupSize()).isEqualTo(5);
        assertThatThrownBy(() -> settings.change(14, 14, 5, 2)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> settings.change(14, 3, 1, 2)).as("groups of one would expose a person")
                .isInstanceOf(RuleViolation.class);
    }
}

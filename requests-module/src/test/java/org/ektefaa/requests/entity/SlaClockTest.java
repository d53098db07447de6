package org.ektefaa.requests.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final LocalDate RAISED = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theDecisionIsDueTheCommittedNumberOfDaysAfterRaising() {
        assertThat(SlaClock.due(RAISED, 14, 0)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void fifteenDaysLaterARequestIsOverdueAndTwelveDaysLaterItIsAtRisk() {
        LocalDate due = SlaClock.due(RAISED, 14, 0);
        assertThat(SlaClock.overdue(due, RAISED.plusDays(14))).isFalse();
        assertThat(SlaClock.overdue(due, RAISED.plusDays(15))).isTrue();
        assertThat(SlaClock.atRisk(due, RAISED.plusDays(11))).isTrue();
        assertThat(SlaClock.atRisk(due, RAISED.plusDays(10))).isFalse();
        assertThat(SlaClock.atRisk(due, RAISED.plusDays(15))).isFalse();
        assertThat(SlaClock.met(due, RAISED.plusDays(14))).isTrue();
        assertThat(SlaClock.met(due, RAISED.plusDays(15))).isFalse();
    }

    @Test
    void threeDaysWaitingForTheApplicantMoveTheDueDateThreeDays() {
        AidRequest request = new AidRequest("1447-000001", RequestType.REGISTRATION, ContactChannel.PHONE_CALL, 7L,
                null, "reception1", NOW);
        request.raise(14, RAISED, "system", NOW);
        request.waitForApplicant("copy of the lease", RAISED.plusDays(2), "executive1", NOW);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.WAITING_FOR_APPLICANT);
        request.applicantAnswered(RAISED.plusDays(5), "reception1", NOW);
        assertThat(request.getPausedDays()).isEqualTo(3);
        assertThat(request.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RAISED);
    }

    @Test
    void aDecisionRecordsWhetherItKeptTheCommitment() {
        AidRequest late = raised();
        late.decide(true, null, RAISED.plusDays(15), "executive1", NOW);
        assertThat(late.getMetDeadline()).isFalse();
        assertThat(late.getStatus()).isEqualTo(RequestStatus.APPROVED);
        AidRequest onTime = raised();
        onTime.decide(false, "income above the threshold", RAISED.plusDays(3), "executive1", NOW);
        assertThat(onTime.getMetDeadline()).isTrue();
        assertThat(onTime.getDecisionReason()).isEqualTo("income above the threshold");
    }

    @Test
    void aRejectionNeedsAReasonAndAWaitingRequestCannotBeDecided() {
        AidRequest request = raised();
        assertThatThrownBy(() -> request.decide(false, " ", RAISED, "e", NOW)).hasMessage("request.error.reasonRequired");
        request.waitForApplicant("bank letter", RAISED, "e", NOW);
        assertThatThrownBy(() -> request.decide(true, null, RAISED, "e", NOW)).hasMessage("request.error.notAwaitingDecision");
    }

    private static AidRequest raised() {
        AidRequest request = new AidRequest("1447-000002", RequestType.REGISTRATION, ContactChannel.WEBSITE, 8L, null,
                "reception1", NOW);
        request.raise(14, RAISED, "system", NOW);
        return request;
    }
}

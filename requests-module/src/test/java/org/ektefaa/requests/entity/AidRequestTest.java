package org.ektefaa.requests.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.junit.jupiter.api.Test;

class AidRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void anInquiryIsAnsweredThenClosedAndNeverRaised() {
        AidRequest inquiry = request(RequestType.INQUIRY);
        assertThatThrownBy(() -> inquiry.answer(" ", "r", NOW)).hasMessage("request.error.answerRequired");
        inquiry.answer("Sunday, 9 am", "r", NOW);
        assertThat(inquiry.getStatus()).isEqualTo(RequestStatus.ANSWERED);
        inquiry.close("r", NOW);
        assertThat(inquiry.getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(inquiry.getClosedAt()).isEqualTo(NOW);
        assertThat(inquiry.getSteps()).extracting(s -> s.getToStatus())
                .containsExactly(RequestStatus.RECEIVED, RequestStatus.ANSWERED, RequestStatus.CLOSED);
    }

    @Test
    void aComplaintIsResolvedOnlyWithItsThemeAndOutcome() {
        AidRequest complaint = request(RequestType.COMPLAINT);
        assertThatThrownBy(() -> complaint.answer("We apologise", "r", NOW)).hasMessage("request.error.themeRequired");
        complaint.classify("WAITING", null);
        assertThatThrownBy(() -> complaint.answer("We apologise", "r", NOW)).hasMessage("request.error.themeRequired");
        complaint.classify("WAITING", true);
        complaint.answer("We apologise", "r", NOW);
        assertThat(complaint.getComplaintTheme()).isEqualTo("WAITING");
        assertThat(complaint.getComplaintUpheld()).isTrue();
        AidRequest inquiry = request(RequestType.INQUIRY);
        inquiry.classify("WAITING", true);
        assertThat(inquiry.getComplaintTheme()).as("only complaints carry a theme").isNull();
    }

    @Test
    void aSupportRequestIsDecidedDeliveredAndClosedNotAnswered() {
        AidRequest support = request(RequestType.SUPPORT);
        assertThatThrownBy(() -> support.answer("x", "r", NOW)).hasMessage("request.error.notAnswerable");
        assertThatThrownBy(() -> support.close("r", NOW)).hasMessage("request.error.transition");
        support.raise(14, LocalDate.of(2026, 3, 1), "r", NOW);
        support.decide(true, null, LocalDate.of(2026, 3, 2), "e", NOW);
        assertThatThrownBy(() -> support.deliver(BigDecimal.ZERO, DAY, null, "r", NOW))
                .hasMessage("request.error.deliveryRequired");
        // A monthly basket: delivered three times, then complete.
        support.deliver(BigDecimal.ONE, DAY, "March", "r", NOW);
        assertThat(support.getStatus()).isEqualTo(RequestStatus.IN_SERVICE);
        assertThatThrownBy(() -> support.close("r", NOW)).hasMessage("request.error.transition");
        support.deliver(BigDecimal.ONE, DAY.plusMonths(1), "April", "r", NOW);
        support.deliver(BigDecimal.ONE, DAY.plusMonths(2), "May", "r", NOW);
        assertThat(support.getDeliveries()).hasSize(3);
        assertThat(support.deliveredTotal()).isEqualByComparingTo("3");
        support.completeService("r", NOW);
        assertThat(support.getStatus()).isEqualTo(RequestStatus.DELIVERED);
        support.close("r", NOW);
        assertThat(support.getStatus()).isEqualTo(RequestStatus.CLOSED);
    }

    /** What "open" means (issue #21): a registration is finished once decided, any other request once closed. */
    @Test
    void aRegistrationIsFinishedOnceDecidedAnyOtherRequestOnceClosed() {
        AidRequest registration = request(RequestType.REGISTRATION);
        registration.raise(14, DAY, "system", NOW);
        assertThat(registration.isFinished()).isFalse();
        registration.decide(false, "outside the area served", DAY, "e", NOW);
        assertThat(registration.isFinished()).as("refused: the file records it").isTrue();
        AidRequest support = request(RequestType.SUPPORT);
        support.raise(14, DAY, "r", NOW);
        support.decide(false, "no budget", DAY, "e", NOW);
        assertThat(support.isFinished()).as("a rejected support request waits to be closed").isFalse();
        assertThat(support.uncountedMoves()).containsEntry(RequestStatus.REJECTED, 1L);
        support.close("r", NOW);
        assertThat(support.isFinished()).isTrue();
        assertThat(registration.uncountedMoves()).as("counted as closed, never as rejected")
                .containsExactly(java.util.Map.entry(RequestStatus.CLOSED, 1L));
    }

    /** A support request names the service and how much of it is asked for (issue #21): never zero or less. */
    @Test
    void aSupportRequestAsksForAPositiveQuantity() {
        AidRequest rent = request(RequestType.SUPPORT);
        assertThatThrownBy(() -> rent.askFor("RENT", BigDecimal.ZERO)).hasMessage("request.error.quantity");
        rent.askFor("RENT", new BigDecimal("1500"));
        assertThat(rent.getServiceCode()).isEqualTo("RENT");
        assertThat(rent.getRequestedQuantity()).isEqualByComparingTo("1500");
        rent.askFor("FOOD_BASKET", null);
        assertThat(rent.getRequestedQuantity()).as("not said").isNull();
    }

    private static AidRequest request(RequestType type) {
        return new AidRequest("1447-000009", type, ContactChannel.PHONE_CALL, null, "subject", "r", NOW);
    }

    /** What the request page offers is what the request accepts: each question is true exactly when its action works. */
    @Test
    void eachQuestionTheRequestPageAsksAgreesWithWhatTheRequestAccepts() {
        for (RequestType type : RequestType.values()) {
            for (int steps = 0; steps <= 5; steps++) {
                int n = steps;
                AidRequest r = walked(type, n);
                String where = type + " after " + steps + " steps (" + r.getStatus() + ")";
                assertThat(r.canAnswer()).as("answer, " + where).isEqualTo(works(() -> walked(type, n).answer("x", "r", NOW)));
                assertThat(r.canAskApplicant()).as("ask, " + where)
                        .isEqualTo(works(() -> walked(type, n).waitForApplicant("x", DAY, "r", NOW)));
                assertThat(r.isWaitingForApplicant()).as("resume, " + where)
                        .isEqualTo(works(() -> walked(type, n).applicantAnswered(DAY, "r", NOW)));
                assertThat(r.canDeliver()).as("deliver, " + where)
                        .isEqualTo(works(() -> walked(type, n).deliver(BigDecimal.ONE, DAY, null, "r", NOW)));
                assertThat(r.canCompleteService()).as("complete, " + where)
                        .isEqualTo(works(() -> walked(type, n).completeService("r", NOW)));
                assertThat(r.canClose()).as("close, " + where).isEqualTo(works(() -> walked(type, n).close("r", NOW)));
                assertThat(r.canRaiseForDecision()).as("raise, " + where)
                        .isEqualTo(type == RequestType.SUPPORT && works(() -> walked(type, n).raise(14, DAY, "r", NOW)));
            }
        }
    }

    /** A request of the type taken {@code steps} steps along its usual way (support: raised, approved, delivered, complete, closed). */
    private static AidRequest walked(RequestType type, int steps) {
        AidRequest r = request(type);
        r.classify("WAITING", true);
        Runnable[] way = type == RequestType.SUPPORT || type == RequestType.REGISTRATION
                ? new Runnable[] {() -> r.raise(14, DAY, "r", NOW), () -> r.waitForApplicant("x", DAY, "r", NOW),
                    () -> r.applicantAnswered(DAY, "r", NOW), () -> r.decide(true, null, DAY, "e", NOW),
                    () -> r.deliver(BigDecimal.ONE, DAY, null, "r", NOW)}
                : new Runnable[] {() -> r.answer("x", "r", NOW), () -> r.close("r", NOW)};
        for (int i = 0; i < Math.min(steps, way.length); i++) {
            way[i].run();
        }
        return r;
    }

    private static boolean works(Runnable action) {
        try {
            action.run();
            return true;
        } catch (org.ektefaa.platform.api.RuleViolation refused) {
            return false;
        }
    }

}

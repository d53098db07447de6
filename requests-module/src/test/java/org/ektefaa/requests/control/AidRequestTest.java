package org.ektefaa.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
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

    private static AidRequest request(RequestType type) {
        return new AidRequest("1447-000009", type, ContactChannel.PHONE_CALL, null, "subject", "r", NOW);
    }
}

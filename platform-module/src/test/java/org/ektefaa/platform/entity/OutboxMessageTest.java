package org.ektefaa.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import org.ektefaa.platform.kernel.FieldProtection;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void failuresAreRetriedWithGrowingPausesThenGivenUpAndShown() {
        OutboxMessage message = new OutboxMessage(OutboxMessage.Channel.SMS, "+966501234567", null, "text", "1447-1", NOW);
        message.failed("gateway down", NOW);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        message.failed("gateway down", NOW);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        for (int i = 2; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.failed("gateway down", NOW);
        }
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.getLastError()).isEqualTo("gateway down");
        message.retry(NOW);
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        message.sent(NOW, "*********4567");
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(message.getLastError()).isNull();
    }

    /** Issue #17: what waits is sealed; what was sent keeps no text (no live link) and a masked recipient. */
    @Test
    void aWaitingMessageIsSealedAndASentOneKeepsNeitherTextNorFullRecipient() {
        FieldProtection protection = new FieldProtection(new byte[32]);
        String link = "https://example.org/public/survey.xhtml?t=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        OutboxMessage message = new OutboxMessage(OutboxMessage.Channel.SMS, protection.encrypt("+966501234567"), null,
                protection.encrypt("Rate us: " + link), "1447-1", NOW);
        assertThat(message).extracting("body", "recipient").noneMatch(v -> String.valueOf(v).contains("survey")
                || String.valueOf(v).contains("966"));
        assertThat(message.body(protection)).endsWith(link);
        assertThat(message.recipient(protection)).isEqualTo("+966501234567");
        message.sent(NOW, "*********4567");
        assertThat(message.body(protection)).isNull();
        assertThat(message.recipient(protection)).isEqualTo("*********4567");
    }
}

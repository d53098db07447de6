package org.ektefaa.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

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
        message.sent(NOW);
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(message.getLastError()).isNull();
    }
}

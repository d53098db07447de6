package org.ektefaa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #22: the outbox page says in words why a message was not sent. */
class OutboxViewTest {

    @Test
    void aFailureIsNamedByItsKind() {
        assertThat(OutboxView.errorKind("Couldn't connect to host, port: localhost, 3925; timeout -1"))
                .isEqualTo("outbox.error.unreachable");
        assertThat(OutboxView.errorKind("Read timed out")).isEqualTo("outbox.error.timeout");
        assertThat(OutboxView.errorKind("Connection refused")).isEqualTo("outbox.error.unreachable");
        assertThat(OutboxView.errorKind("535 5.7.8 Authentication credentials invalid"))
                .isEqualTo("outbox.error.credentials");
        assertThat(OutboxView.errorKind("550 5.1.1 Recipient address rejected")).isEqualTo("outbox.error.recipient");
        assertThat(OutboxView.errorKind("the gateway answered 500")).isEqualTo("outbox.error.other");
        assertThat(OutboxView.errorKind(null)).isEqualTo("outbox.error.none");
    }
}

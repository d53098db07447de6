package org.ektefaa.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    @Test
    void allowsTheLimitPerKeyWithinTheWindowThenAgainAfterIt() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Clock[] clock = {Clock.fixed(start, ZoneOffset.UTC)};
        SlidingWindow limit = new SlidingWindow(3, Duration.ofMinutes(1), new Clock() {
            public ZoneOffset getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return clock[0].instant(); }
        });
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).isTrue();
        clock[0] = Clock.fixed(start.plusSeconds(61), ZoneOffset.UTC);
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    }
}

package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksANameAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.failed("sara", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.blockedFor("sara", "10.0.0.1")).isEmpty();
        throttle.failed("sara", "10.0.0.1");
        assertThat(throttle.blockedFor("sara", "10.0.0.1")).isPresent();
        // From another address too: the name is what is being guessed.
        assertThat(throttle.blockedFor("SARA ", "10.9.9.9")).isPresent();
        // The first failure leaves the window 15 minutes after it happened, 40 s of which have passed.
        assertThat(throttle.blockedFor("sara", "10.0.0.1")).contains(Duration.ofMinutes(15).minusSeconds(40));
        clock.advance(Duration.ofMinutes(15).minusSeconds(40));
        assertThat(throttle.blockedFor("sara", "10.0.0.1")).isEmpty();
    }

    @Test
    void otherNamesAreNotBlockedByOnesFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            throttle.failed("sara", "10.0.0.1");
        }
        assertThat(throttle.blockedFor("omar", "10.0.0.2")).isEmpty();
    }

    @Test
    void blocksAnAddressThatSpraysManyNames() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.blockedFor("someone-new", "10.0.0.66")).isPresent();
        assertThat(throttle.blockedFor("someone-new", "10.0.0.67")).isEmpty();
    }

    @Test
    void success_clearsTheNamesFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.failed("sara", "10.0.0.1");
        }
        throttle.succeeded("sara");
        throttle.failed("sara", "10.0.0.1");
        assertThat(throttle.blockedFor("sara", "10.0.0.1")).isEmpty();
    }

    @Test
    void unknownNamesAreCountedLikeRealOnes() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            throttle.failed("nobody-by-this-name", "10.0.0.1");
        }
        assertThat(throttle.blockedFor("nobody-by-this-name", "10.0.0.3")).isPresent();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

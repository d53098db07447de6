package org.ektefaa.volunteering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLinkTest {

    private static final Instant NOW = OpportunityTest.NOW;

    @Test
    void aPersonalLinkSignsInOnceOnly() {
        AccessLink link = new AccessLink(7, "hash", NOW, NOW.plus(Duration.ofDays(7)));
        assertThat(link.use(NOW.plusSeconds(60))).isTrue();
        assertThat(link.use(NOW.plusSeconds(61))).as("a second use").isFalse();
        assertThat(link.getVolunteerId()).isEqualTo(7);
    }

    @Test
    void anExpiredLinkSignsInNobody() {
        Instant expires = NOW.plus(Duration.ofDays(7));
        assertThat(new AccessLink(7, "hash", NOW, expires).use(expires)).isFalse();
        assertThat(new AccessLink(7, "hash", NOW, expires).use(expires.minusMillis(1))).isTrue();
    }
}

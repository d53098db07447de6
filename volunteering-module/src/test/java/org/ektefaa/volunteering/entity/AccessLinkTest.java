package org.ektefaa.volunteering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.junit.jupiter.api.Test;

class AccessLinkTest {

    private static final Instant NOW = OpportunityTest.NOW;

    @Test
    void aPersonalLinkSignsInOnceOnly() {
        AccessLink link = new AccessLink(7, OneTimeLink.issue(NOW, Duration.ofDays(7)).link(), NOW);
        assertThat(link.use(NOW.plusSeconds(60))).isTrue();
        assertThat(link.use(NOW.plusSeconds(61))).as("a second use").isFalse();
        assertThat(link.getVolunteerId()).isEqualTo(7);
    }

    @Test
    void aLinkCarriesOnlyItsTokensHash() {
        OneTimeLink.Issued issued = OneTimeLink.issue(NOW, Duration.ofDays(7));
        assertThat(OneTimeLink.lookupHash(issued.token())).isPresent().get().isNotEqualTo(issued.token());
        assertThat(OneTimeLink.lookupHash("not-a-token")).as("a guess never reaches the database").isEmpty();
        assertThat(issued.link().getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void anExpiredLinkSignsInNobody() {
        Instant expires = NOW.plus(Duration.ofDays(7));
        assertThat(new AccessLink(7, OneTimeLink.issue(NOW, Duration.ofDays(7)).link(), NOW).use(expires)).isFalse();
        assertThat(new AccessLink(7, OneTimeLink.issue(NOW, Duration.ofDays(7)).link(), NOW).use(expires.minusMillis(1))).isTrue();
    }
}

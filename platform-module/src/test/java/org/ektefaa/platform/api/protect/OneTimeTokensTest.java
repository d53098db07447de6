package org.ektefaa.platform.api.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeTokensTest {

    @Test
    void tokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = OneTimeTokens.newToken();
            assertThat(OneTimeTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = OneTimeTokens.newToken();
        assertThat(OneTimeTokens.hash(token)).hasSize(64).isEqualTo(OneTimeTokens.hash(token)).doesNotContain(token);
    }

    @Test
    void malformedTokensAreRejectedBeforeAnyLookup() {
        assertThat(OneTimeTokens.wellFormed(null)).isFalse();
        assertThat(OneTimeTokens.wellFormed("short")).isFalse();
        assertThat(OneTimeTokens.wellFormed("' or 1=1 --" + "a".repeat(32))).isFalse();
    }
}

package org.ektefaa.satisfaction.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Tokens.newToken();
            assertThat(Tokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = Tokens.newToken();
        assertThat(Tokens.hash(token)).hasSize(64).isEqualTo(Tokens.hash(token)).doesNotContain(token);
    }

    @Test
    void malformedTokensAreRejectedBeforeAnyLookup() {
        assertThat(Tokens.wellFormed(null)).isFalse();
        assertThat(Tokens.wellFormed("short")).isFalse();
        assertThat(Tokens.wellFormed("' or 1=1 --" + "a".repeat(32))).isFalse();
    }
}

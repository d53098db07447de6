package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

    @Test
    void areLongUnambiguousAndAcceptedByThePolicy() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String p = TemporaryPasswords.next();
            assertThat(p).hasSize(16).doesNotContainAnyWhitespaces().matches("[^0O1lI]+");
            assertThat(PasswordPolicy.violations("admin", p)).isEmpty();
            seen.add(p);
        }
        assertThat(seen).hasSize(1000);
    }
}

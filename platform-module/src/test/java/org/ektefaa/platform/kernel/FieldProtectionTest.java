package org.ektefaa.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldProtectionTest {

    private final FieldProtection protection = new FieldProtection(key((byte) 7));

    @Test
    void encryptsSoThatTheValueIsNotReadableAndDecryptsBack() {
        String stored = protection.encrypt("1000000008");
        assertThat(stored).doesNotContain("1000000008");
        assertThat(protection.decrypt(stored)).isEqualTo("1000000008");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeButHashesTheSame() {
        assertThat(protection.encrypt("1000000008")).isNotEqualTo(protection.encrypt("1000000008"));
        assertThat(protection.lookupHash("1000000008")).isEqualTo(protection.lookupHash("1000000008"))
                .hasSize(64).isNotEqualTo(protection.lookupHash("2000000006"));
    }

    @Test
    void anotherKeyCanNeitherReadNorMatch() {
        FieldProtection other = new FieldProtection(key((byte) 8));
        String stored = protection.encrypt("1000000008");
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThat(other.lookupHash("1000000008")).isNotEqualTo(protection.lookupHash("1000000008"));
    }

    @Test
    void tamperingIsDetected() {
        String stored = protection.encrypt("SA0380000000608010167519");
        char[] chars = stored.toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> protection.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(org.ektefaa.platform.api.protect.PersonalData.masked("1000000001")).isEqualTo("******0001");
        assertThat(org.ektefaa.platform.api.protect.PersonalData.masked("12")).isEqualTo("12");
        assertThat(org.ektefaa.platform.api.protect.PersonalData.masked(null)).isEmpty();
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new FieldProtection(new byte[16])).hasMessageContaining("256 bits");
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}

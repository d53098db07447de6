package org.ektefaa.testing;

import java.security.SecureRandom;
import org.ektefaa.platform.api.protect.PersonalData;
import org.ektefaa.platform.kernel.FieldProtection;

/**
 * Personal data sealed in a module's own tests as on the server (AES-GCM, a lookup hash), under a key made for this
 * test run: what {@link org.ektefaa.platform.api.protect.Encrypted} finds through {@code META-INF/services} where no
 * CDI container runs, and what a test hands a boundary it builds by hand.
 */
public final class TestPersonalData implements PersonalData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FieldProtection KEYS = new FieldProtection(key());

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    @Override
    public String seal(String plain) {
        return KEYS.seal(plain);
    }

    @Override
    public String open(String stored) {
        return KEYS.open(stored);
    }

    @Override
    public String lookupHash(String normalised) {
        return KEYS.lookupHash(normalised);
    }
}

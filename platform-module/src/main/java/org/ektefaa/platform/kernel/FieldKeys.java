package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ektefaa.platform.api.protect.PersonalData;

/**
 * The field keys this server seals personal data with, read from configuration once ({@link FieldProtection}).
 * The keys can be turned over while the server runs ({@link #use}: the rotation's container test turns them and
 * back without a restart).
 */
@ApplicationScoped
public class FieldKeys implements PersonalData {

    private volatile FieldProtection current;

    /** The keys in use. */
    public FieldProtection current() {
        FieldProtection keys = current;
        if (keys == null) {
            synchronized (this) {
                keys = current;
                if (keys == null) {
                    keys = FieldProtection.fromConfig(ConfigProvider.getConfig());
                    current = keys;
                }
            }
        }
        return keys;
    }

    /** Makes {@code keys} the ones this server uses from now on. */
    public void use(FieldProtection keys) {
        current = keys;
    }

    @Override
    public String seal(String plain) {
        return current().encrypt(plain);
    }

    @Override
    public String open(String stored) {
        return current().decrypt(stored);
    }

    @Override
    public String lookupHash(String normalised) {
        return current().lookupHash(normalised);
    }
}

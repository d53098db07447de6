package org.ektefaa.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 password hashes. The standard's default of 2,048 iterations is far too few; we use
 * {@code ektefaa.security.pbkdf2-iterations} (default and minimum 210,000, OWASP 2023). Stored hashes
 * carry their own parameters, so raising the count later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int MIN_ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "ektefaa.security.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /** A hash of a password nobody has, to spend the same time on unknown user names. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(MIN_ITERATIONS, iterations)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(TemporaryPasswords.next().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real verification, for a user name that does not exist. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}

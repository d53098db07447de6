package org.ektefaa.platform.api.protect;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ektefaa.platform.api.InstantConverter;

/**
 * The one shape of a link sent to a person (a survey invitation, a volunteer's sign-in link): the SHA-256 of its
 * token ({@link OneTimeTokens}; the token itself is never stored) and the moment it stops working. Embedded in the
 * module's entity, in its table's {@code token_hash} and {@code expires_at} columns; list it in the module's
 * {@code persistence.xml}. What "used" means (answered, signed in) is the entity's.
 */
@Embeddable
public class OneTimeLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OneTimeLink() {
    }

    private OneTimeLink(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** A new link and the token to send in it (kept nowhere but in the message). */
    public record Issued(String token, OneTimeLink link) {
    }

    /** A new random token, working until {@code at + life}. */
    public static Issued issue(Instant at, Duration life) {
        String token = OneTimeTokens.newToken();
        return new Issued(token, new OneTimeLink(OneTimeTokens.hash(token), at.plus(life)));
    }

    /**
     * The hash to look a presented token up by; empty for anything that is not a well-formed token, so that a
     * guess never reaches the database.
     */
    public static Optional<String> lookupHash(String presented) {
        return OneTimeTokens.wellFormed(presented) ? Optional.of(OneTimeTokens.hash(presented)) : Optional.empty();
    }

    /** Whether the link still works at {@code now} (its expiry is the first moment it does not). */
    public boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

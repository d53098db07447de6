package org.ektefaa.platform.api.protect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Personal identifiers at rest (Saudi PDPL): AES-256-GCM with a random 96-bit nonce per value, and a keyed
 * hash (HMAC-SHA256 under a key derived from the same secret) for lookups and uniqueness without decrypting.
 *
 * <p>The 256-bit key comes from {@code EKTEFAA_FIELD_KEY} ({@code ektefaa.field-key}, base64). When it is
 * not set, as in the zero-configuration run, a key is generated once into {@code <data dir>/field.key}
 * (readable by its owner only) so the embedded database stays readable across restarts; a production
 * installation sets the variable and keeps the key out of the database's backups.
 */
public final class FieldProtection {

    private static final Logger LOG = Logger.getLogger(FieldProtection.class.getName());
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;

    private static volatile FieldProtection instance;

    public FieldProtection(byte[] secret) {
        if (secret.length != 32) {
            throw new IllegalArgumentException("the field key must be 256 bits (32 bytes, base64 encoded)");
        }
        this.encryptionKey = new SecretKeySpec(derive(secret, "ektefaa-field-encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(secret, "ektefaa-field-lookup"), "HmacSHA256");
    }

    /** The instance configured for this server (see the class comment for where its key comes from). */
    public static FieldProtection configured() {
        FieldProtection current = instance;
        if (current == null) {
            synchronized (FieldProtection.class) {
                current = instance;
                if (current == null) {
                    current = new FieldProtection(loadKey(ConfigProvider.getConfig()));
                    instance = current;
                }
            }
        }
        return current;
    }

    /** Base64 of nonce + ciphertext + tag; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a protected field: wrong EKTEFAA_FIELD_KEY?", e);
        }
    }

    /** A keyed hash (64 hex characters) of a value already normalised by the caller; equal values, equal hashes. */
    public String lookupHash(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash", e);
        }
    }

    /** {@code ******0001}: only the last four characters of an identifier show in lists. */
    public static String masked(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        int shown = Math.min(4, plain.length());
        return "*".repeat(Math.max(0, plain.length() - shown)) + plain.substring(plain.length() - shown);
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadKey(Config config) {
        Optional<String> configured = config.getOptionalValue("ektefaa.field-key", String.class);
        if (configured.isPresent()) {
            return Base64.getDecoder().decode(configured.get().trim());
        }
        Path dataDir = Path.of(config.getOptionalValue("ektefaa.data.dir", String.class)
                .orElse(System.getProperty("user.home") + "/.ektefaa"));
        Path file = dataDir.resolve("field.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays with the user's default permissions.
            }
            LOG.warning("No EKTEFAA_FIELD_KEY is set: generated a field-encryption key in " + file
                    + ". Set EKTEFAA_FIELD_KEY in production and keep that key out of database backups.");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}

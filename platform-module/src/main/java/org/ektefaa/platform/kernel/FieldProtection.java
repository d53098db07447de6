package org.ektefaa.platform.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.ektefaa.platform.api.protect.PersonalData;

/**
 * The implementation of {@link org.ektefaa.platform.api.protect.PersonalData} ({@link FieldKeys} holds the one
 * this server uses). Personal data at rest (Saudi PDPL): AES-256-GCM with a random 96-bit nonce per value, and a keyed hash
 * (HMAC-SHA256 under a key derived from a lookup secret) for lookups and uniqueness without decrypting.
 *
 * <p>The 256-bit key comes from {@code EKTEFAA_FIELD_KEY} ({@code ektefaa.field-key}, base64). When it is
 * not set, as in the zero-configuration run, a key is generated once into {@code <data dir>/field.key}
 * (readable by its owner only) so the embedded database stays readable across restarts; a production
 * installation sets the variable and keeps the key out of the database's backups.
 *
 * <p><b>Rotation.</b> Every value is written as {@code v2:<key id>:<base64>} (files carry the same key id in
 * their header), so the key that sealed it is known. Keys replaced by a new {@code EKTEFAA_FIELD_KEY} stay
 * readable when listed in {@code EKTEFAA_FIELD_KEYS_RETIRED} ({@code ektefaa.field-keys.retired}, base64,
 * separated by commas) while {@code control.FieldKeyRotation} re-seals everything under the new key. Lookup
 * hashes are not re-computed (some, such as the survey opt-out list, keep no plain value to compute them from):
 * they stay under {@code EKTEFAA_FIELD_LOOKUP_KEY} ({@code ektefaa.field-lookup-key}), which defaults to the
 * field key and must be set to the first key when the field key is rotated for the first time
 * ({@code ops/rotate-field-key} prints it). Values written before key ids existed (no prefix) are read with
 * whichever configured key opens them.
 */
public final class FieldProtection implements PersonalData {

    private static final Logger LOG = Logger.getLogger(FieldProtection.class.getName());
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PREFIX = "v2:";
    /** The first bytes of a sealed file: a magic word, the key id (8 ASCII characters), the nonce. */
    private static final byte[] FILE_MAGIC = "EKF2".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key and the id written beside what it sealed. */
    private record Key(String id, SecretKeySpec aes) {
    }

    private final Key current;
    private final List<Key> keys;
    private final SecretKeySpec lookupKey;

    public FieldProtection(byte[] secret) {
        this(secret, List.of(), secret);
    }

    /**
     * @param secret       the key new values are sealed with
     * @param retired      older keys, still able to open what they sealed
     * @param lookupSecret the secret of the lookup hashes (the first field key, unless set apart)
     */
    public FieldProtection(byte[] secret, List<byte[]> retired, byte[] lookupSecret) {
        this.current = key(secret);
        List<Key> all = new ArrayList<>();
        all.add(current);
        retired.stream().map(FieldProtection::key).filter(k -> !k.id().equals(current.id())).forEach(all::add);
        this.keys = List.copyOf(all);
        this.lookupKey = new SecretKeySpec(derive(check(lookupSecret), "ektefaa-field-lookup"), "HmacSHA256");
    }

    private static byte[] check(byte[] secret) {
        if (secret.length != 32) {
            throw new IllegalArgumentException("the field key must be 256 bits (32 bytes, base64 encoded)");
        }
        return secret;
    }

    private static Key key(byte[] secret) {
        return new Key(HexFormat.of().formatHex(derive(check(secret), "ektefaa-field-key-id")).substring(0, 8),
                new SecretKeySpec(derive(secret, "ektefaa-field-encryption"), "AES"));
    }

    /** The keys configured for this server (see the class comment for where they come from). */
    public static FieldProtection fromConfig(Config config) {
        byte[] secret = loadKey(config);
        List<byte[]> retired = config.getOptionalValue("ektefaa.field-keys.retired", String.class)
                .map(list -> java.util.Arrays.stream(list.split(",")).map(String::trim)
                        .filter(k -> !k.isEmpty()).map(k -> Base64.getDecoder().decode(k)).toList())
                .orElse(List.of());
        byte[] lookup = config.getOptionalValue("ektefaa.field-lookup-key", String.class)
                .map(k -> Base64.getDecoder().decode(k.trim())).orElse(secret);
        return new FieldProtection(secret, retired, lookup);
    }

    /** The id of the key new values are sealed with (8 hex characters, derived from the key). */
    public String currentKeyId() {
        return current.id();
    }

    /** Whether there are keys other than the current one (a rotation is under way). */
    public boolean hasRetiredKeys() {
        return keys.size() > 1;
    }

    @Override
    public String seal(String plain) {
        return encrypt(plain);
    }

    @Override
    public String open(String stored) {
        return decrypt(stored);
    }

    /** {@code v2:<key id>:} + base64 of nonce + ciphertext + tag; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.aes(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + current.id() + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length
                    + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PREFIX) && stored.length() > PREFIX.length() + 9) {
            String id = stored.substring(PREFIX.length(), PREFIX.length() + 8);
            Key key = keys.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow(() ->
                    new IllegalStateException("a protected field was sealed with key " + id
                            + ", which is not configured (EKTEFAA_FIELD_KEY or EKTEFAA_FIELD_KEYS_RETIRED)"));
            return open(key, stored.substring(PREFIX.length() + 9));
        }
        IllegalStateException failure = null;
        for (Key key : keys) { // written before key ids: whichever configured key opens it
            try {
                return open(key, stored);
            } catch (IllegalStateException wrongKey) {
                failure = wrongKey;
            }
        }
        throw failure;
    }

    private static String open(Key key, String base64) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a protected field: wrong EKTEFAA_FIELD_KEY?", e);
        }
    }

    /** Whether a stored value is sealed with the current key (null counts as sealed: there is nothing to seal). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + current.id() + ":");
    }

    /** The stored value sealed with the current key (the same value if it already is). */
    public String reseal(String stored) {
        return isCurrent(stored) ? stored : encrypt(decrypt(stored));
    }

    /**
     * Seals a file's bytes as they are written: a header ({@code EKF2}, the key id, the nonce), then AES-GCM. The
     * whole file is authenticated: a changed byte fails the read.
     */
    public OutputStream sealing(OutputStream out) throws IOException {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            out.write(FILE_MAGIC);
            out.write(current.id().getBytes(StandardCharsets.US_ASCII));
            out.write(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.aes(), new GCMParameterSpec(TAG_BITS, nonce));
            return new CipherOutputStream(out, cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** Opens what {@link #sealing} wrote; a file written before files were sealed is read as it is. */
    public InputStream opening(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, FILE_MAGIC.length + 8 + NONCE_BYTES);
        byte[] header = stream.readNBytes(FILE_MAGIC.length + 8 + NONCE_BYTES);
        Optional<String> sealedWith = header.length < FILE_MAGIC.length + 8 + NONCE_BYTES ? Optional.empty()
                : fileKeyId(header);
        if (sealedWith.isEmpty()) {
            stream.unread(header);
            return stream;
        }
        String id = sealedWith.get();
        Key key = keys.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalStateException("a file was sealed with key " + id + ", which is not configured"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, header, FILE_MAGIC.length + 8,
                    NONCE_BYTES));
            return new CipherInputStream(stream, cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt", e);
        }
    }

    /** The id of the key a sealed file's header names, or empty for a file written in clear. */
    public static Optional<String> fileKeyId(byte[] header) {
        if (header.length < FILE_MAGIC.length + 8
                || !java.util.Arrays.equals(header, 0, FILE_MAGIC.length, FILE_MAGIC, 0, FILE_MAGIC.length)) {
            return Optional.empty();
        }
        return Optional.of(new String(header, FILE_MAGIC.length, 8, StandardCharsets.US_ASCII));
    }

    /** A keyed hash (64 hex characters) of a value already normalised by the caller; equal values, equal hashes. */
    @Override
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

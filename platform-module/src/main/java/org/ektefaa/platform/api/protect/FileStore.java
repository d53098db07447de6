package org.ektefaa.platform.api.protect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files people hand in (a beneficiary's supporting documents, a request's attachments), on disk outside the
 * web root ({@code <data dir>/<area>}), under random names. Accepts PDF, JPEG and PNG only, recognised by their
 * first bytes, never by the name the browser sent; at most 5 MB.
 */
@ApplicationScoped
public class FileStore {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ektefaa.data.dir")
    String dataDir;

    /** A stored file: its random name, recognised type and SHA-256. */
    public record Stored(String name, String contentType, String sha256) {
    }

    /** {@code application/pdf}, {@code image/jpeg} or {@code image/png}; empty for anything else. */
    public static Optional<String> contentType(byte[] content) {
        return ContentTypes.detect(content);
    }

    public Stored store(String area, byte[] content, String contentType) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String name = HexFormat.of().formatHex(random);
        try {
            Path dir = directory(area);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), content);
            return new Stored(name, contentType, HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] read(String area, String storedName) {
        if (!storedName.matches("[0-9a-f]{36}")) {
            throw new IllegalArgumentException("not a stored file name");
        }
        try {
            return Files.readAllBytes(directory(area).resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory(String area) {
        if (!area.matches("[a-z]{3,20}")) {
            throw new IllegalArgumentException("not a storage area");
        }
        return Path.of(dataDir, area);
    }
}

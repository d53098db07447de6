package org.ektefaa.platform.api.protect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
 * first bytes, never by the name the browser sent; at most 5 MB. Each file is sealed with the field key
 * (AES-256-GCM, streamed, the key's id in its header; {@link FieldProtection#sealing}) and readable by the
 * server's own user only (0600, folders 0700): a copy of the disk or of a backup shows nothing. Files written
 * before sealing are read as they are and sealed by the next rotation ({@link #reseal}).
 */
@ApplicationScoped
public class FileStore {

    /** The largest document or attachment anyone may hand in: the one limit of every upload and of its page. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ektefaa.data.dir")
    String dataDir;

    /** A stored file: its random name, recognised type and SHA-256. */
    public record Stored(String name, String contentType, String sha256) {
    }

    /**
     * The one way an upload is accepted (a file's document, a request's attachment): not empty, at most
     * {@link #MAX_BYTES}, and a PDF, JPEG or PNG by its content, whatever its name says; returns its content type.
     * The message keys are the calling module's, so that the refusal reads in its own words.
     */
    public static String accepted(byte[] content, String tooLargeKey, String wrongTypeKey) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new org.ektefaa.platform.api.RuleViolation(tooLargeKey, MAX_BYTES / (1024 * 1024));
        }
        return contentType(content).orElseThrow(() -> new org.ektefaa.platform.api.RuleViolation(wrongTypeKey));
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
            write(directory(area).resolve(name), content, FieldProtection.configured());
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
        try (InputStream in = FieldProtection.configured().opening(Files.newInputStream(directory(area).resolve(storedName)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a sealed file through a temporary one, then moves it into place (a reader sees old or new, whole). */
    private static void write(Path target, byte[] content, FieldProtection protection) throws IOException {
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            posix(dir, "rwx------");
        }
        Path temporary = dir.resolve(target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary);
        posix(temporary, "rw-------");
        try (OutputStream out = protection.sealing(Files.newOutputStream(temporary))) {
            out.write(content);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void posix(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's default permissions
        }
    }

    /**
     * Seals again, under {@code protection}'s current key, every stored file that is in clear or sealed with
     * another key, in every area; returns how many it changed. Reads with the keys {@code protection} knows.
     */
    public int reseal(FieldProtection protection) {
        Path root = Path.of(dataDir);
        int changed = 0;
        List<Path> areas;
        try (var dirs = Files.list(root)) {
            areas = dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().matches("[a-z]{3,20}")).toList();
        } catch (java.nio.file.NoSuchFileException none) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int unreadable = 0;
        for (Path dir : areas) {
            try {
                posix(dir, "rwx------"); // folders made before sealing began were 0755
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{36}"))::iterator) {
                    byte[] header;
                    try (InputStream in = Files.newInputStream(file)) {
                        header = in.readNBytes(12);
                    }
                    if (FieldProtection.fileKeyId(header).filter(protection.currentKeyId()::equals).isPresent()) {
                        continue;
                    }
                    byte[] plain;
                    try (InputStream in = protection.opening(Files.newInputStream(file))) {
                        plain = in.readAllBytes();
                    } catch (IllegalStateException | IOException unknownKey) {
                        unreadable++; // sealed with a key that is not configured: left as it is
                        continue;
                    }
                    write(file, plain, protection);
                    changed++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (unreadable > 0) {
            java.util.logging.Logger.getLogger(FileStore.class.getName()).warning(unreadable
                    + " stored files are sealed with a key that is not configured; they were left as they are");
        }
        return changed;
    }

    private Path directory(String area) {
        if (!area.matches("[a-z]{3,20}")) {
            throw new IllegalArgumentException("not a storage area");
        }
        return Path.of(dataDir, area);
    }
}

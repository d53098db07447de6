package org.ektefaa.platform.kernel;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.protect.StoredFiles;

/**
 * The implementation of {@link StoredFiles}. Files people hand in (a beneficiary's supporting documents, a request's attachments), on disk outside the
 * web root ({@code <data dir>/<area>}), under random names. Accepts PDF, JPEG and PNG only, recognised by their
 * first bytes, never by the name the browser sent; at most 5 MB. Each file is sealed with the field key
 * (AES-256-GCM, streamed, the key's id in its header; {@link FieldProtection#sealing}) and readable by the
 * server's own user only (0600, folders 0700): a copy of the disk or of a backup shows nothing. Files written
 * before sealing are read as they are and sealed by the next rotation ({@link #reseal}).
 */
@ApplicationScoped
public class SealedFileStore implements StoredFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ektefaa.data.dir")
    String dataDir;

    @Inject
    FieldKeys keys;

    @Override
    public Stored store(String area, byte[] content, String contentType) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String name = HexFormat.of().formatHex(random);
        try {
            write(directory(area).resolve(name), content, keys.current());
            return new Stored(name, contentType, HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] read(String area, String storedName) {
        if (!storedName.matches("[0-9a-f]{36}")) {
            throw new IllegalArgumentException("not a stored file name");
        }
        try (InputStream in = keys.current().opening(Files.newInputStream(directory(area).resolve(storedName)))) {
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
            java.util.logging.Logger.getLogger(SealedFileStore.class.getName()).warning(unreadable
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

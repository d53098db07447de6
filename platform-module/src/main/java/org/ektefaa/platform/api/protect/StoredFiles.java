package org.ektefaa.platform.api.protect;

import java.util.Optional;

/**
 * Files people hand in (a beneficiary's supporting documents, a request's attachments): kept outside the web root
 * under random names, sealed with the field key, readable by the server's own user only. Inject it; the platform's
 * kernel implements it.
 */
public interface StoredFiles {

    /** The largest document or attachment anyone may hand in: the one limit of every upload and of its page. */
    long MAX_BYTES = 5L * 1024 * 1024;

    /** A stored file: its random name, recognised type and SHA-256. */
    record Stored(String name, String contentType, String sha256) {
    }

    /**
     * The one way an upload is accepted (a file's document, a request's attachment): not empty, at most
     * {@link #MAX_BYTES}, and a PDF, JPEG or PNG by its content, whatever its name says; returns its content type.
     * The message keys are the calling module's, so that the refusal reads in its own words.
     */
    static String accepted(byte[] content, String tooLargeKey, String wrongTypeKey) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new org.ektefaa.platform.api.RuleViolation(tooLargeKey, MAX_BYTES / (1024 * 1024));
        }
        return contentType(content).orElseThrow(() -> new org.ektefaa.platform.api.RuleViolation(wrongTypeKey));
    }

    /** {@code application/pdf}, {@code image/jpeg} or {@code image/png}; empty for anything else. */
    static Optional<String> contentType(byte[] content) {
        return ContentTypes.detect(content);
    }

    /** Stores {@code content} (already {@link #accepted}) in {@code area} ({@code documents}, {@code attachments}). */
    Stored store(String area, byte[] content, String contentType);

    /** The content of a stored file, opened. */
    byte[] read(String area, String storedName);
}

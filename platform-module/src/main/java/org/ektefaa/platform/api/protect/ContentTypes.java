package org.ektefaa.platform.api.protect;

import java.util.Optional;

/**
 * Recognises uploaded files by their first bytes, never by the name or type the browser sent: PDF, JPEG
 * and PNG, the only kinds the association accepts. Anything else (SVG and HTML included, which can carry
 * script) is unknown.
 */
public final class ContentTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private ContentTypes() {
    }

    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** A PNG or JPEG image, or empty. */
    public static Optional<String> image(byte[] content) {
        return detect(content).filter(type -> !PDF.equals(type));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

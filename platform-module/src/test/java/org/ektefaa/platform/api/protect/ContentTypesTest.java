package org.ektefaa.platform.api.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void recognisesPdfPngAndJpegByTheirBytes() {
        assertThat(ContentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(ContentTypes.PDF);
        assertThat(ContentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(ContentTypes.PNG);
        assertThat(ContentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(ContentTypes.JPEG);
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(ContentTypes.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentTypes.detect("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentTypes.detect(new byte[] {(byte) 0x89, 'P'})).isEmpty();
        assertThat(ContentTypes.detect(null)).isEmpty();
    }

    @Test
    void aLogoMustBeAnImageNotAPdf() {
        assertThat(ContentTypes.image("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentTypes.image(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(ContentTypes.JPEG);
    }
}

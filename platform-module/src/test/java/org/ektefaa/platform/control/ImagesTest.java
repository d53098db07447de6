package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImagesTest {

    @Test
    void recognisesPngAndJpegByTheirBytes() {
        assertThat(Images.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains("image/png");
        assertThat(Images.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(Images.contentType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Images.contentType("%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Images.contentType(new byte[] {(byte) 0x89, 'P'})).isEmpty();
        assertThat(Images.contentType(null)).isEmpty();
    }
}

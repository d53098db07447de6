package org.ektefaa.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    /** A text a spreadsheet would run as a formula is kept as text, line breaks in it or not (#17, #21, #23). */
    @Test
    void formulaTextsAreNeutralisedEvenAcrossLineBreaks() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.safe("=1+1\nsecond line")).isEqualTo("'=1+1\nsecond line");
        assertThat(SpreadsheetText.safe("@SUM(A1)\r\n")).startsWith("'@");
        assertThat(SpreadsheetText.safe("\n=cmd|' /C calc'!A0")).startsWith("'\n");
        assertThat(SpreadsheetText.safe("\t=1")).startsWith("'\t");
        assertThat(SpreadsheetText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.safe("+966501234567")).isEqualTo("'+966501234567");
        assertThat(SpreadsheetText.safe("شكوى\nثانية")).isEqualTo("شكوى\nثانية");
        assertThat(SpreadsheetText.safe(null)).isEmpty();
    }
}

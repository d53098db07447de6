package org.ektefaa.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportDownloadsTest {

    /** A cell a spreadsheet would run as a formula is written as text, line breaks in the cell or not (#17). */
    @Test
    void formulaCellsAreNeutralisedEvenAcrossLineBreaks() {
        assertThat(ReportDownloads.quoted("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReportDownloads.quoted("=1+1\nsecond line")).isEqualTo("\"'=1+1\nsecond line\"");
        assertThat(ReportDownloads.quoted("@SUM(A1)\r\n")).startsWith("\"'@");
        assertThat(ReportDownloads.quoted("\n=cmd|' /C calc'!A0")).startsWith("\"'\n");
        assertThat(ReportDownloads.quoted("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(ReportDownloads.quoted("شكوى\nثانية")).isEqualTo("\"شكوى\nثانية\"");
        assertThat(ReportDownloads.quoted(null)).isEmpty();
    }
}

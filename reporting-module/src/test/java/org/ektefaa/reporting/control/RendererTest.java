package org.ektefaa.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compiled template renders a report in Arabic, right to left, with its charts and a QR code, into a PDF
 * whose Arabic text survives extraction in reading order (the words come out joined and in order).
 */
class RendererTest {

    @Test
    void anArabicReportKeepsItsWordsShapedAndInOrder() throws IOException {
        Wording w = new Wording("ar");
        Map<String, Number> buckets = new LinkedHashMap<>();
        buckets.put("٠–٣", 4);
        buckets.put("٤–٧", 7);
        buckets.put("٨–١٤", 2);
        byte[] pdf = Renderer.pdf(new Renderer.Cover(true, "جمعية اكتفاء الأهلية", w.t("board.title"), "الربع الثالث",
                        null, w.t("generated", "اليوم"), null, w.t("signature", "سعد الغامدي")),
                List.of(ReportLine.section(w.t("summary")),
                        ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), w.t("target"), w.t("sample")),
                        ReportLine.row(w.t("kpi.csat"), w.number(new java.math.BigDecimal("87.5")) + "٪", "—", "٨٥٪", w.n(40)),
                        ReportLine.image(Charts.bars(w.t("commitment.chart"), buckets, true)),
                        ReportLine.pageBreak(),
                        ReportLine.text(w.t("satisfaction.note")),
                        ReportLine.image(QrCodes.of("http://localhost:8080/public/status.xhtml", 200))));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = Path.of("target/report-test-ar.pdf");
        Files.write(file, pdf);
        // read back in Java (PDFBox, which puts right-to-left runs in logical order): Arabic comes out as
        // presentation forms (the shaped glyphs); NFKC folds them back to letters, and the words must read in order
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC).replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "");
            assertThat(text).contains("تقرير جودة الخدمة الربعي لمجلس الإدارة", "المؤشرات الرئيسة", "سعد الغامدي");
        }
    }

    /**
     * Issue #22: read back with the position of every glyph, a board meeting "27-3", a clause "§4", a tracking number
     * and a negative score inside Arabic lines read left to right as they were typed, not "3-27", "4§", "000398-1448"
     * or "20-".
     */
    @Test
    void referencesInsideArabicKeepTheirOrderInThePdf() throws IOException {
        byte[] pdf = Renderer.pdf(new Renderer.Cover(true, "جمعية اكتفاء الأهلية", "تقرير الربع", "الربع الثالث",
                        null, "أُعد اليوم", null, "التوقيع"),
                List.of(ReportLine.text("اعتمدها مجلس الإدارة في اجتماعه رقم 27-3 وفق السياسة §4 للطلب 1448-000398"),
                        ReportLine.row("صافي نقاط الترويج", "-20", "—", "—", "12")));
        Files.write(Path.of("target/report-test-order-ar.pdf"), pdf);
        String screen = visualLines(pdf);
        assertThat(screen).contains("27-3", "§4", "1448-000398", "-20");
        assertThat(screen).doesNotContain("3-27", "4§", "000398-1448", "20-");
    }

    /** The PDF's glyphs line by line, each line from left to right as it is printed (x of each glyph). */
    static String visualLines(byte[] pdf) throws IOException {
        java.util.List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    glyphs.add(text);
                }
            };
            stripper.getText(document);
        }
        java.util.Map<Long, java.util.List<org.apache.pdfbox.text.TextPosition>> lines = new java.util.TreeMap<>();
        for (org.apache.pdfbox.text.TextPosition g : glyphs) {
            lines.computeIfAbsent(Math.round(g.getYDirAdj() / 3.0), y -> new java.util.ArrayList<>()).add(g);
        }
        StringBuilder screen = new StringBuilder();
        for (java.util.List<org.apache.pdfbox.text.TextPosition> line : lines.values()) {
            line.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
            line.forEach(g -> screen.append(g.getUnicode()));
            screen.append('\n');
        }
        return screen.toString();
    }

    @Test
    void theMedianOfAHistogramIsExact() {
        assertThat(Figures.median(Map.of(3, 1L, 5, 1L, 10, 1L))).isEqualByComparingTo("5");
        assertThat(Figures.median(Map.of(3, 2L, 5, 1L, 10, 1L))).as("3,3,5,10").isEqualByComparingTo("4");
        assertThat(Figures.median(Map.of())).isNull();
    }

    @Test
    void periodsKnowTheirPredecessor() {
        Period q3 = Period.quarterOf(java.time.LocalDate.of(2026, 8, 15));
        assertThat(q3).isEqualTo(new Period(java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 9, 30)));
        assertThat(q3.previous()).isEqualTo(new Period(java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 6, 30)));
        assertThat(Period.monthOf(java.time.LocalDate.of(2026, 3, 9)).previous())
                .isEqualTo(new Period(java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 2, 28)));
    }
}

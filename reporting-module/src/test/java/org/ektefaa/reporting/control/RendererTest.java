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
                        ReportLine.image(Charts.bars(w.t("commitment.chart"), w.t("chart.days"), w.t("chart.decisions"), buckets, true)),
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
        // an English report quoting an Arabic approval reference keeps its number in order too (review of #23)
        byte[] english = Renderer.pdf(new Renderer.Cover(false, "Ektefaa Charity", "Quarterly report", "Q3",
                "Policy in force: version 2, approved by مجلس الإدارة، الاجتماع رقم 26-3 on 6 December 2026", "Today",
                null, null), List.of(ReportLine.text("Themes: المبنى (1), مواقف 12-4")));
        String englishScreen = visualLines(english);
        assertThat(englishScreen).contains("26-3", "12-4").doesNotContain("3-26", "4-12");
    }

    /**
     * Issue #23: a report says what it is to a PDF reader (title, author = the association, subject, language), is
     * tagged for assistive technology, and every page's footer names the document and reads "page N of M".
     */
    @Test
    void aReportCarriesItsMetadataAndNumbersItsPagesOutOfTheTotal() throws IOException {
        List<ReportLine> lines = new java.util.ArrayList<>();
        lines.add(ReportLine.section("Requests"));
        lines.add(ReportLine.pageBreak());
        lines.add(ReportLine.text("Second page"));
        lines.add(ReportLine.pageBreak());
        lines.add(ReportLine.text("Third page"));
        byte[] english = Renderer.pdf(new Renderer.Cover(false, "Ektefaa Charity", "Quarterly service-quality report",
                "Q3 2026", null, "Prepared on 1 October 2026", null, null), lines);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(english)) {
            org.apache.pdfbox.pdmodel.PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Quarterly service-quality report — Q3 2026");
            assertThat(info.getAuthor()).isEqualTo("Ektefaa Charity");
            assertThat(info.getSubject()).isEqualTo("Quarterly service-quality report");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            // each section is a bookmark: the PDF reader's outline is the report's contents
            assertThat(document.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Requests");
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Quarterly service-quality report · Ektefaa Charity",
                        "Page " + page + " of 3");
            }
        }
        byte[] arabic = Renderer.pdf(new Renderer.Cover(true, "جمعية اكتفاء", "تقرير الربع", "الربع الثالث", null,
                "أُعد اليوم", null, null), lines, org.ektefaa.platform.api.saudi.DigitStyle.ARABIC_INDIC);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(arabic)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("صفحة ٢ من ٣");
        }
    }

    /**
     * Issue #23: the receipt is its own template, one page, with the service, the person's name, and a caption under
     * each code; the shared styles come from styles.jrtx.
     */
    @Test
    void theReceiptIsOnePageWithACaptionUnderEachCode() throws IOException {
        Map<String, Object> receipt = new java.util.HashMap<>();
        receipt.put("associationName", "جمعية اكتفاء الأهلية");
        receipt.put("title", "إيصال استلام طلب");
        receipt.put("trackingLabel", "رقم المتابعة");
        receipt.put("tracking", "1448-000398");
        receipt.put("typeLabel", "الطلب");
        receipt.put("typeName", "طلب دعم");
        receipt.put("serviceLabel", "الخدمة");
        receipt.put("serviceName", "سداد إيجار");
        receipt.put("applicantLabel", "باسم");
        receipt.put("applicantName", "منيرة العتيبي");
        receipt.put("channelLabel", "ورد عبر");
        receipt.put("channelName", "الموقع الإلكتروني للجمعية");
        receipt.put("receivedLabel", "تاريخ الاستلام");
        receipt.put("receivedText", "15 جمادى الآخرة 1448 هـ (6 ديسمبر 2026 م)");
        receipt.put("commitmentText", "تلتزم الجمعية بالبت في الطلبات التي تحتاج قرارًا خلال 14 يومًا.");
        receipt.put("statusQr", QrCodes.of("http://localhost:8080/public/status.xhtml?lang=ar&t=1448-000398", 300));
        receipt.put("statusCaption", "تابع طلبك برقم المتابعة، أو امسح الرمز.");
        receipt.put("surveyQr", QrCodes.of("http://localhost:8080/public/survey.xhtml?t=abc", 300));
        receipt.put("surveyCaption", "امسح هذا الرمز لتقييم الخدمة.");
        receipt.put("generatedText", "أُعد اليوم");
        byte[] pdf = Renderer.pdf("receipt", receipt, new Renderer.Metadata("إيصال استلام طلب — 1448-000398",
                "جمعية اكتفاء الأهلية", "إيصال استلام طلب", true), org.ektefaa.platform.api.saudi.DigitStyle.LATIN);
        Files.write(Path.of("target/receipt-test-ar.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("إيصال استلام طلب — 1448-000398");
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("سداد إيجار", "منيرة العتيبي", "امسح هذا الرمز لتقييم الخدمة", "تابع طلبك برقم المتابعة");
        }
        assertThat(visualLines(pdf)).contains("1448-000398");
    }

    /**
     * Issue #23: the board quarterly opens on a cover of its own (its contents on it, the first section on the next
     * page); a document without contents, a certificate, starts its lines under the title and stays on one page.
     */
    @Test
    void onlyADocumentWithContentsHasACoverPageOfItsOwn() throws IOException {
        List<ReportLine> lines = List.of(ReportLine.section("Requests"), ReportLine.header("Indicator", "Value", "", "", ""),
                ReportLine.row("Received", "12", "", "", ""), ReportLine.text("Closing text"));
        byte[] board = Renderer.pdf(Renderer.builtIn("board-quarterly"), new Renderer.Cover(false, "Ektefaa Charity",
                "Quarterly report", "Q3 2026", null, "Produced today", null, "Signature", "Prepared today by the schedule",
                "Contents", "1. Requests"), lines, org.ektefaa.platform.api.saudi.DigitStyle.LATIN);
        byte[] certificate = Renderer.pdf(new Renderer.Cover(false, "Ektefaa Charity", "Certificate", "Reem", null,
                "Produced today", null, "Signature"), lines);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(board)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("Contents", "1. Requests", "Prepared today").doesNotContain("Received");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(certificate)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Received", "Signature")
                    .doesNotContain("Contents");
        }
    }

    /**
     * Issue #23: the board quarterly is its own template composed of subreports fed typed figures: the key indicators
     * are tiles whose numbers the template formats in the report's locale (Arabic-Indic digits when the profile asks),
     * met or missed by a symbol; a table longer than a page repeats its header on the next page; the contents give the
     * page each section starts on.
     */
    @Test
    void theBoardQuarterlyIsComposedOfTilesTablesAndContentsWithPages() throws IOException {
        Wording w = new Wording("ar");
        List<ReportLine> lines = new java.util.ArrayList<>();
        lines.add(ReportLine.section("المؤشرات الرئيسة"));
        lines.add(ReportLine.header("المؤشر", "الفترة", "السابقة", "المستهدف", "العينة"));
        lines.add(ReportLine.kpi("رضا المستفيدين", new BoardSummary.Kpi("csat", w.pct(new java.math.BigDecimal("87.5")),
                w.pct(new java.math.BigDecimal("80")), w.pct(new java.math.BigDecimal("85")), true, 40), w.count(40)));
        lines.add(ReportLine.kpi("صافي نقاط الترويج", new BoardSummary.Kpi("nps", w.score(new java.math.BigDecimal("-20")),
                w.score(new java.math.BigDecimal("10")), w.score(new java.math.BigDecimal("30")), true, 12),
                SatisfactionSections.sample(w, 12)));
        lines.add(ReportLine.section("الطلبات"));
        lines.add(ReportLine.header("القناة", "الفترة", "السابقة", "", ""));
        for (int i = 1; i <= 70; i++) {
            lines.add(ReportLine.row("قناة " + i, w.count(1000L + i), w.count(i), "", ""));
        }
        lines.add(ReportLine.section("الخاتمة"));
        lines.add(ReportLine.text("نص الخاتمة"));
        byte[] pdf = Renderer.pdf(Renderer.builtIn("board-quarterly"), new Renderer.Cover(true, "جمعية اكتفاء الأهلية",
                "تقرير الربع", "الربع الثالث", null, "أُعد اليوم", null, "التوقيع", "أعده النظام", "المحتويات",
                "١. المؤشرات الرئيسة\n٢. الطلبات\n٣. الخاتمة"), lines, org.ektefaa.platform.api.saudi.DigitStyle.ARABIC_INDIC);
        Files.write(Path.of("target/board-test-ar.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("a cover, then the indicators and a table longer than a page").isGreaterThanOrEqualTo(3);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            java.util.List<String> text = new java.util.ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.add(java.text.Normalizer.normalize(stripper.getText(document), java.text.Normalizer.Form.NFKC)
                        .replaceAll("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]", ""));
            }
            // the tiles: numbers formatted by the template in Arabic-Indic digits, the target met ✓ and missed ✗
            assertThat(text.get(1)).contains("٨٧٫٥٪", "٪٨٥", "✓", "✗", "† ١٢", "▲ ٪٨٠").doesNotContain("87.5", "85");
            // the long table's header on each of its pages, its counts grouped in the locale's way
            long withHeader = text.stream().filter(t -> t.contains("القناة") && t.contains("قناة ")).count();
            assertThat(withHeader).as("pages of the table carrying its header").isGreaterThanOrEqualTo(2);
            assertThat(String.join("", text)).contains("١٬٠٧٠");
            // the contents: the page each section starts on, counted (the cover is page 1)
            int closing = 0;
            for (int page = 0; page < pages; page++) {
                if (text.get(page).contains("نص الخاتمة")) {
                    closing = page + 1;
                }
            }
            assertThat(text.get(0)).contains("١. المؤشرات الرئيسة", "٢\n", java.text.NumberFormat.getIntegerInstance(
                    java.util.Locale.forLanguageTag("ar-SA-u-nu-arab")).format(closing));
        }
    }

    /**
     * Issue #23: a section's title never stays alone at the foot of a page; wherever the lines before it end, it is
     * printed on the page of the first line it heads.
     */
    @Test
    void aSectionTitleMovesToTheNextPageWithWhatItHeads() throws IOException {
        for (int before = 30; before <= 48; before++) {
            List<ReportLine> lines = new java.util.ArrayList<>();
            for (int i = 0; i < before; i++) {
                lines.add(ReportLine.text("Line " + i));
            }
            lines.add(ReportLine.section("Heading"));
            lines.add(ReportLine.header("Indicator", "Value", "", "", ""));
            lines.add(ReportLine.row("First row", new Cell("1", java.math.BigDecimal.ONE, null, Cell.Unit.COUNT), "", "", ""));
            byte[] pdf = Renderer.pdf(new Renderer.Cover(false, "Ektefaa Charity", "Monthly report", "November", null,
                    "Today", null, null), lines);
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(document);
                    if (text.contains("Heading")) {
                        assertThat(text).as("after %d lines, the title's page", before).contains("Indicator", "First row");
                    }
                }
            }
        }
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

package org.ektefaa.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.saudi.DigitStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23: an association restyles a document without rebuilding — its own template in {@code <data dir>/reports}
 * is compiled and used; one that does not compile, or fails to fill, gives way to the built-in one and is reported.
 */
class ReportTemplatesTest {

    @TempDir
    Path data;

    private ReportTemplates templates() {
        ReportTemplates templates = new ReportTemplates();
        templates.dataDir = data.toString();
        return templates;
    }

    private static Map<String, Object> receipt() {
        Map<String, Object> p = new HashMap<>();
        p.put("associationName", "Ektefaa Charity");
        p.put("title", "Request receipt");
        p.put("trackingLabel", "Tracking number");
        p.put("tracking", "1448-000398");
        p.put("typeName", "Support");
        p.put("channelName", "Website");
        p.put("receivedText", "6 December 2026");
        p.put("statusQr", QrCodes.of("http://localhost/public/status.xhtml?t=1448-000398", 200));
        p.put("statusCaption", "Follow your request");
        p.put("generatedText", "Produced today");
        return p;
    }

    private static String text(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private byte[] produce(ReportTemplates templates) {
        return templates.produce("receipt", source -> Renderer.pdf(source, receipt(),
                new Renderer.Metadata("Request receipt", "Ektefaa Charity", "Request receipt", false), DigitStyle.LATIN));
    }

    private static String builtInReceipt() throws IOException {
        return Files.readString(Path.of("src/main/jasperreports/receipt.jrxml"), StandardCharsets.UTF_8);
    }

    @Test
    void theAssociationsOwnTemplateIsUsedAndItsChangesSeen() throws IOException {
        ReportTemplates templates = templates();
        assertThat(text(produce(templates))).contains("Request receipt").doesNotContain("Our own receipt");
        Path folder = Files.createDirectories(data.resolve("reports"));
        Path own = folder.resolve("receipt.jrxml");
        Files.writeString(own, builtInReceipt().replace("<![CDATA[$P{title}]]>", "<![CDATA[\"Our own receipt\"]]>"));
        assertThat(text(produce(templates))).contains("Our own receipt");
        assertThat(templates.problems()).isEmpty();
        // edited again in Jaspersoft Studio: the next document follows
        Files.writeString(own, builtInReceipt().replace("<![CDATA[$P{title}]]>", "<![CDATA[\"Second edition\"]]>"));
        Files.setLastModifiedTime(own, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(text(produce(templates))).contains("Second edition");
    }

    /**
     * Issue #23: the reports are composed of subreports an association may replace too: its own section-table is used
     * by the built-in master; one that fails to fill is set aside with the master, and the built-in one prints.
     */
    @Test
    void theAssociationsOwnTableSubreportIsUsedByEveryReport() throws IOException {
        ReportTemplates templates = templates();
        java.util.function.Supplier<byte[]> monthly = () -> templates.produce("monthly-operations", "document",
                source -> Renderer.pdf(source, new Renderer.Cover(false, "Ektefaa Charity", "Monthly report", "November",
                        null, "Today", null, null), List.of(ReportLine.header("Channel", "This period", "", "", ""),
                        ReportLine.row("Website", "12", "", "", "")), DigitStyle.LATIN));
        assertThat(text(monthly.get())).contains("Channel", "Website");
        Path folder = Files.createDirectories(data.resolve("reports"));
        String table = Files.readString(Path.of("src/main/jasperreports/section-table.jrxml"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("section-table.jrxml"), table.replace("<![CDATA[$P{hLabel}]]>",
                "<![CDATA[\"Our column\"]]>"));
        assertThat(text(monthly.get())).contains("Our column", "Website").doesNotContain("Channel");
        Files.writeString(folder.resolve("section-table.jrxml"), table.replace("<![CDATA[$F{label}]]>",
                "<![CDATA[$F{label}.substring(999)]]>"));
        Files.setLastModifiedTime(folder.resolve("section-table.jrxml"), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(text(monthly.get())).contains("Channel", "Website");
        assertThat(templates.problems()).singleElement().asString().startsWith("section-table.jrxml: ");
    }

    @Test
    void aTemplateThatDoesNotCompileGivesWayToTheBuiltInOneAndIsReported() throws IOException {
        ReportTemplates templates = templates();
        Path folder = Files.createDirectories(data.resolve("reports"));
        Files.writeString(folder.resolve("receipt.jrxml"),
                builtInReceipt().replace("<![CDATA[$P{title}]]>", "<![CDATA[$P{title}.noSuchMethod()]]>"));
        assertThat(text(produce(templates))).contains("Request receipt");
        assertThat(templates.problems()).singleElement().asString().startsWith("receipt.jrxml: ");
    }

    @Test
    void aTemplateThatFailsToFillGivesWayToTheBuiltInOneAndIsReported() throws IOException {
        ReportTemplates templates = templates();
        Path folder = Files.createDirectories(data.resolve("reports"));
        Files.writeString(folder.resolve("receipt.jrxml"),
                builtInReceipt().replace("<![CDATA[$P{title}]]>", "<![CDATA[$P{title}.substring(999)]]>"));
        assertThat(text(produce(templates))).contains("Request receipt");
        assertThat(templates.problems()).singleElement().asString().startsWith("receipt.jrxml: ");
    }

    /** Set aside once it fails to fill: the next documents go straight to the built-in template (review of #23). */
    @Test
    void aTemplateThatFailedToFillIsNotTriedAgainUntilItChanges() throws IOException {
        ReportTemplates templates = templates();
        Path folder = Files.createDirectories(data.resolve("reports"));
        Files.writeString(folder.resolve("receipt.jrxml"),
                builtInReceipt().replace("<![CDATA[$P{title}]]>", "<![CDATA[$P{title}.substring(999)]]>"));
        java.util.concurrent.atomic.AtomicInteger ownTried = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 3; i++) {
            templates.produce("receipt", source -> {
                if (source.custom()) {
                    ownTried.incrementAndGet();
                }
                return Renderer.pdf(source, receipt(), new Renderer.Metadata("t", "a", "s", false), DigitStyle.LATIN);
            });
        }
        assertThat(ownTried).hasValue(1);
        assertThat(templates.problems()).singleElement().asString().startsWith("receipt.jrxml: ");
    }

    /** Broken styles of the association's never break a document: they are set aside and named (review of #23). */
    @Test
    void brokenStylesAreSetAsideAndTheBuiltInOnesUsed() throws IOException {
        ReportTemplates templates = templates();
        Path folder = Files.createDirectories(data.resolve("reports"));
        Files.writeString(folder.resolve("ektefaa-styles.jrtx"), "<jasperTemplate><style name=");
        assertThat(text(produce(templates))).contains("Request receipt");
        assertThat(text(produce(templates))).contains("Request receipt");
        assertThat(templates.problems()).singleElement().asString().startsWith("ektefaa-styles.jrtx: ");
    }

    @Test
    void theAssociationsStylesRestyleTheBuiltInTemplates() throws IOException {
        ReportTemplates templates = templates();
        Path folder = Files.createDirectories(data.resolve("reports"));
        String styles = Files.readString(Path.of("src/main/jasperreports/ektefaa-styles.jrtx"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ektefaa-styles.jrtx"), styles.replace(
                "<style name=\"Title\" fontName=\"DejaVu Sans\" fontSize=\"20.0\"",
                "<style name=\"Title\" fontName=\"DejaVu Serif\" fontSize=\"20.0\""));
        byte[] pdf = produce(templates);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).as(fonts.toString()).anyMatch(f -> f.contains("Serif"));
        }
    }
}

package org.ektefaa.reporting.control;

import java.awt.Image;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Fills the template compiled at build time with a report's lines and exports it to PDF. A swap-file
 * virtualizer keeps at most 50 pages in memory, so a long report never exhausts the heap.
 */
public final class Renderer {

    /** The cover and closing texts of a report. */
    public record Cover(boolean rtl, String associationName, String title, String period, String subtitle,
                        String generated, Image logo, String signature) {
    }

    private static final JasperReport TEMPLATE = load();

    private Renderer() {
    }

    private static String runs(String text) {
        return org.ektefaa.platform.api.saudi.Bidi.isolateRuns(text);
    }

    private static JasperReport load() {
        try (InputStream in = Renderer.class.getResourceAsStream("/org/ektefaa/reporting/templates/document.jasper")) {
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("the compiled report template is missing: run the build", e);
        }
    }

    public static byte[] pdf(Cover cover, List<ReportLine> lines) {
        return pdf(cover, lines, org.ektefaa.platform.api.saudi.DigitStyle.LATIN);
    }

    /**
     * The report; in Arabic with its left-to-right runs isolated and its digits in {@code digits}, the profile's
     * style (issue #22).
     */
    public static byte[] pdf(Cover cover, List<ReportLine> lines, org.ektefaa.platform.api.saudi.DigitStyle digits) {
        if (cover.rtl()) {
            Cover c = cover;
            java.util.function.UnaryOperator<String> read = text -> text == null ? null : digits.shape(runs(text));
            cover = new Cover(true, read.apply(c.associationName()), read.apply(c.title()), read.apply(c.period()),
                    read.apply(c.subtitle()), read.apply(c.generated()), c.logo(), read.apply(c.signature()));
            lines = lines.stream().map(line -> line.readingInOrder(read)).toList();
        }
        Path swap;
        try {
            swap = Files.createTempDirectory("ektefaa-report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(50, new JRSwapFile(swap.toString(), 4096, 1024), true);
        try {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("rtl", cover.rtl());
            parameters.put("associationName", cover.associationName());
            parameters.put("reportTitle", cover.title());
            parameters.put("periodText", cover.period());
            parameters.put("subtitle", cover.subtitle());
            parameters.put("generatedText", cover.generated());
            parameters.put("logo", cover.logo());
            parameters.put("signatureText", cover.signature());
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.fillReport(TEMPLATE, parameters, new JRBeanCollectionDataSource(lines));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JasperExportManager.exportReportToPdfStream(print, out);
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("the report could not be produced", e);
        } finally {
            virtualizer.cleanup();
            try {
                Files.deleteIfExists(swap);
            } catch (IOException ignored) {
                // the operating system's temporary directory cleans up after us
            }
        }
    }
}

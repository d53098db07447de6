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
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a template (the built-in one compiled at build time, or the association's, {@link ReportTemplates}) with a
 * report's lines or a document's parameters and exports it to a tagged PDF with its metadata. A swap-file
 * virtualizer keeps at most 50 pages in memory, so a long report never exhausts the heap.
 */
public final class Renderer {

    /**
     * The cover and closing texts of a report; the board quarterly's cover also says who prepared it and lists its
     * contents (issue #23).
     */
    public record Cover(boolean rtl, String associationName, String title, String period, String subtitle,
                        String generated, Image logo, String signature, String prepared, String contentsTitle,
                        String contents) {

        public Cover(boolean rtl, String associationName, String title, String period, String subtitle,
                     String generated, Image logo, String signature) {
            this(rtl, associationName, title, period, subtitle, generated, logo, signature, null, null, null);
        }
    }

    private Renderer() {
    }

    private static String runs(String text) {
        return org.ektefaa.platform.api.saudi.Bidi.isolateRuns(text);
    }

    private static final Map<String, JasperReport> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A template compiled at build time, by name ({@code receipt}). */
    static JasperReport template(String name) {
        return TEMPLATES.computeIfAbsent(name, n -> {
            try (InputStream in = Renderer.class.getResourceAsStream("/org/ektefaa/reporting/templates/" + n + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("no compiled report template " + n + ": run the build");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("the compiled report template " + n + " cannot be read", e);
            }
        });
    }

    /** What a PDF reader shows of a document: its title, author (the association), subject and language. */
    public record Metadata(String title, String author, String subject, boolean rtl) {
    }

    /**
     * A one-page document filled from its own template with named parameters (the receipt): in Arabic, each text
     * parameter with its left-to-right runs isolated and its digits in {@code digits}.
     */
    public static byte[] pdf(String template, Map<String, Object> parameters, Metadata metadata,
                             org.ektefaa.platform.api.saudi.DigitStyle digits) {
        return pdf(builtIn(template), parameters, metadata, digits);
    }

    /** The built-in template {@code name}, filled with JasperReports' own context (styles from the class path). */
    static ReportTemplates.Source builtIn(String name) {
        return new ReportTemplates.Source(name, template(name),
                net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance(), false, ReportTemplates.STYLES);
    }

    /** The one-page document from {@code source}, the template {@link ReportTemplates} chose. */
    public static byte[] pdf(ReportTemplates.Source source, Map<String, Object> parameters, Metadata metadata,
                             org.ektefaa.platform.api.saudi.DigitStyle digits) {
        Map<String, Object> filled = new HashMap<>();
        // every text with its left-to-right runs isolated — in English too, where an Arabic name or reference typed into
        // it ("الاجتماع رقم 26-3") would otherwise reorder its numbers; digits shaped in Arabic only
        parameters.forEach((name, value) -> filled.put(name, value instanceof String text
                ? (metadata.rtl() ? digits.shape(runs(text)) : runs(text)) : value));
        filled.put("rtl", metadata.rtl());
        filled.put("styles", source.styles());
        filled.put(JRParameter.REPORT_LOCALE, java.util.Locale.forLanguageTag(metadata.rtl() ? "ar" : "en"));
        try {
            JasperPrint print = JasperFillManager.getInstance(source.context()).fill(source.report(), filled,
                    new net.sf.jasperreports.engine.JREmptyDataSource(1));
            return export(print, metadata);
        } catch (JRException e) {
            throw new IllegalStateException("the document could not be produced", e);
        }
    }

    private static byte[] export(JasperPrint print, Metadata metadata) throws JRException {
        SimplePdfExporterConfiguration document = new SimplePdfExporterConfiguration();
        document.setMetadataTitle(metadata.title());
        document.setMetadataAuthor(metadata.author());
        document.setMetadataSubject(metadata.subject());
        document.setMetadataCreator("Ektefaa");
        document.setDisplayMetadataTitle(true);
        document.setTagged(true);
        document.setTagLanguage(metadata.rtl() ? "ar" : "en");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(document);
        exporter.exportReport();
        return out.toByteArray();
    }

    /** A report's locale: its language, and in Arabic the profile's digits ("ar-SA-u-nu-arab", "ar-SA-u-nu-latn"). */
    static java.util.Locale locale(boolean rtl, org.ektefaa.platform.api.saudi.DigitStyle digits) {
        return java.util.Locale.forLanguageTag(!rtl ? "en"
                : digits == org.ektefaa.platform.api.saudi.DigitStyle.ARABIC_INDIC ? "ar-SA-u-nu-arab" : "ar-SA-u-nu-latn");
    }

    /** The page (from 1) each section title was printed on, in the order of the sections: its bookmarked anchor. */
    static List<Integer> sectionPages(JasperPrint print) {
        List<Integer> pages = new java.util.ArrayList<>();
        for (int i = 0; i < print.getPages().size(); i++) {
            collectSections(print.getPages().get(i).getElements(), i + 1, pages);
        }
        return pages;
    }

    private static void collectSections(List<net.sf.jasperreports.engine.JRPrintElement> elements, int page,
                                        List<Integer> pages) {
        for (net.sf.jasperreports.engine.JRPrintElement element : elements) {
            if (element instanceof net.sf.jasperreports.engine.JRPrintAnchor anchor && anchor.getAnchorName() != null
                    && anchor.getBookmarkLevel() == 1) {
                pages.add(page);
            } else if (element instanceof net.sf.jasperreports.engine.JRPrintFrame frame) {
                collectSections(frame.getElements(), page, pages);
            }
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
        return pdf(builtIn("document"), cover, lines, digits);
    }

    /** The report from {@code source}, the template {@link ReportTemplates} chose ({@code document}). */
    public static byte[] pdf(ReportTemplates.Source source, Cover cover, List<ReportLine> lines,
                             org.ektefaa.platform.api.saudi.DigitStyle digits) {
        // what a PDF reader shows as the document's title, author and subject, and the language its tags declare
        Metadata metadata = new Metadata(cover.period() == null ? cover.title() : cover.title() + " — " + cover.period(),
                cover.associationName(), cover.title(), cover.rtl());
        {
            // every text with its left-to-right runs isolated — in English too (an Arabic reference typed into it);
            // digits in the profile's style in Arabic only
            Cover c = cover;
            boolean rtl = cover.rtl();
            java.util.function.UnaryOperator<String> read = text -> text == null ? null
                    : rtl ? digits.shape(runs(text)) : runs(text);
            cover = new Cover(rtl, read.apply(c.associationName()), read.apply(c.title()), read.apply(c.period()),
                    read.apply(c.subtitle()), read.apply(c.generated()), c.logo(), read.apply(c.signature()),
                    read.apply(c.prepared()), read.apply(c.contentsTitle()), read.apply(c.contents()));
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
            parameters.put("styles", source.styles());
            parameters.put("associationName", cover.associationName());
            parameters.put("reportTitle", cover.title());
            parameters.put("periodText", cover.period());
            parameters.put("subtitle", cover.subtitle());
            parameters.put("generatedText", cover.generated());
            parameters.put("logo", cover.logo());
            parameters.put("signatureText", cover.signature());
            parameters.put("preparedText", cover.prepared());
            parameters.put("contentsTitle", cover.contentsTitle());
            parameters.put("contentsText", cover.contents());
            // "page 3 of 10" in the report's language and digits, its numbers filled in by the template
            parameters.put("pageOf", cover.rtl() ? "صفحة {0} من {1}" : "Page {0} of {1}");
            parameters.put("pageLocale", locale(cover.rtl(), digits));
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            // the templates format the figures themselves (issue #23): in the report's locale, which carries the digits
            parameters.put(JRParameter.REPORT_LOCALE, locale(cover.rtl(), digits));
            parameters.put("percentSign", cover.rtl() ? "٪" : "%");
            parameters.put("tableReport", source.part("section-table"));
            parameters.put("tilesReport", source.part("kpi-tiles"));
            List<Block> blocks = Block.of(lines);
            JasperPrint print = JasperFillManager.getInstance(source.context()).fill(source.report(), parameters,
                    new JRBeanCollectionDataSource(blocks));
            if (cover.contents() != null) {
                // the contents give the page each section starts on: known once the report is laid out, so it is laid
                // out twice (the cover is a page of its own, so the numbers do not move)
                java.text.NumberFormat pages = java.text.NumberFormat.getIntegerInstance(locale(cover.rtl(), digits));
                parameters.put("contentsPages", String.join("\n", sectionPages(print).stream()
                        .map(page -> pages.format(page)).toList()));
                print = JasperFillManager.getInstance(source.context()).fill(source.report(), parameters,
                        new JRBeanCollectionDataSource(blocks));
            }
            return export(print, metadata);
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

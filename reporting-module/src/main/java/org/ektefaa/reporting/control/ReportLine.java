package org.ektefaa.reporting.control;

import java.awt.Image;

/**
 * One line of a report as the template prints it: a section title, a header or a row of figures (label, value,
 * previous period, target, sample size), a paragraph, an image (a chart, a QR code) or a page break.
 */
public final class ReportLine {

    private final String kind;
    private final String label;
    private final String value;
    private final String previous;
    private final String target;
    private final String n;
    private final Image image;

    private ReportLine(String kind, String label, String value, String previous, String target, String n, Image image) {
        this.kind = kind;
        this.label = label;
        this.value = value;
        this.previous = previous;
        this.target = target;
        this.n = n;
        this.image = image;
    }

    public static ReportLine section(String title) {
        return new ReportLine("SECTION", title, null, null, null, null, null);
    }

    public static ReportLine header(String label, String value, String previous, String target, String n) {
        return new ReportLine("HEADER", label, value, previous, target, n, null);
    }

    public static ReportLine row(String label, String value, String previous, String target, String n) {
        return new ReportLine("ROW", label, value, previous, target, n, null);
    }

    public static ReportLine text(String text) {
        return new ReportLine("TEXT", text, null, null, null, null, null);
    }

    public static ReportLine image(Image image) {
        return new ReportLine("IMAGE", null, null, null, null, null, image);
    }

    /**
     * This line as a right-to-left page prints it (issue #22), each text read by {@code read}: every run the
     * bidirectional algorithm would reorder (a meeting "27-3", a clause "§4", a tracking number, a negative figure)
     * isolated, so that it reads as typed, and the digits in the profile's style.
     */
    ReportLine readingInOrder(java.util.function.UnaryOperator<String> read) {
        return new ReportLine(kind, read.apply(label), read.apply(value), read.apply(previous), read.apply(target),
                read.apply(n), image);
    }

    public static ReportLine pageBreak() {
        return new ReportLine("BREAK", null, null, null, null, null, null);
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    public String getPrevious() {
        return previous;
    }

    public String getTarget() {
        return target;
    }

    public String getN() {
        return n;
    }

    public Image getImage() {
        return image;
    }

    @Override
    public String toString() {
        return String.join(" | ", java.util.Arrays.stream(cells()).map(String::valueOf).toList());
    }

    /** The line as CSV cells (for the exports), without the image. */
    public String[] cells() {
        return new String[] {kind, label, value, previous, target, n};
    }
}

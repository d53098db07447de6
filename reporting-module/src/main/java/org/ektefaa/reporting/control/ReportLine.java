package org.ektefaa.reporting.control;

import java.awt.Image;

/**
 * One line of a report as the template prints it: a section title, a header or a row of figures (label, value,
 * previous period, target, sample size), a paragraph, an image (a chart, a QR code) or a page break.
 */
public final class ReportLine {

    private final String kind;
    private final String label;
    private final Cell value;
    private final Cell previous;
    private final Cell target;
    private final Cell n;
    private final Image image;
    private final String status;
    private final String direction;
    private final boolean kpi;

    private ReportLine(String kind, String label, Cell value, Cell previous, Cell target, Cell n, Image image) {
        this(kind, label, value, previous, target, n, image, null, null, false);
    }

    private ReportLine(String kind, String label, Cell value, Cell previous, Cell target, Cell n, Image image,
                       String status, String direction, boolean kpi) {
        this.kpi = kpi;
        this.kind = kind;
        this.label = label;
        this.value = value;
        this.previous = previous;
        this.target = target;
        this.n = n;
        this.image = image;
        this.status = status;
        this.direction = direction;
    }

    /**
     * A key indicator's row (issue #23): as a row, with whether it met its target ({@code MET}, {@code MISSED}) and
     * which way it moved ({@code UP}, {@code DOWN}, {@code SAME}), which the template shows by colour and by a symbol.
     */
    public static ReportLine kpi(String label, BoardSummary.Kpi kpi, Cell n) {
        return new ReportLine("ROW", label, kpi.value(), kpi.previous(), kpi.target(), n, null,
                kpi.status() == null ? null : kpi.status().name(), kpi.direction() == null ? null : kpi.direction().name(),
                true);
    }

    /** A cell from what a report passes: a {@link Cell} as it is, a text as a text cell, null as nothing. */
    private static Cell cell(Object given) {
        if (given instanceof Cell c) {
            return c;
        }
        return given == null ? null : Cell.text(given.toString());
    }

    public static ReportLine section(String title) {
        return new ReportLine("SECTION", title, null, null, null, null, null);
    }

    /** A table's header: what its rows are (the dimension, "Channel") and what each column holds. */
    public static ReportLine header(String label, String value, String previous, String target, String n) {
        return new ReportLine("HEADER", label, cell(value), cell(previous), cell(target), cell(n), null);
    }

    /**
     * A row of figures: its label, the figure of the period, of the previous period (or the table's second column),
     * the target (or the third column) and the number of answers it rests on; each a typed {@link Cell} (or a text).
     */
    public static ReportLine row(String label, Object value, Object previous, Object target, Object n) {
        return new ReportLine("ROW", label, cell(value), cell(previous), cell(target), cell(n), null);
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
        return new ReportLine(kind, read.apply(label), read(value, read), read(previous, read), read(target, read),
                read(n, read), image, status, direction, kpi);
    }

    private static Cell read(Cell cell, java.util.function.UnaryOperator<String> read) {
        return cell == null ? null : new Cell(read.apply(cell.text()), cell.number(), cell.date(), cell.unit());
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

    /** The texts the template prints. */
    public String getValue() {
        return textOf(value);
    }

    public String getPrevious() {
        return textOf(previous);
    }

    public String getTarget() {
        return textOf(target);
    }

    public String getN() {
        return textOf(n);
    }

    private static String textOf(Cell cell) {
        return cell == null ? null : cell.text();
    }

    /**
     * The figures as the templates receive them (issue #23): the number of a figure, which the template formats with its
     * pattern in the report's locale (and so in the profile's digits), else the text (a date in both calendars, "—",
     * words); with its unit ({@code COUNT}, {@code PERCENT}, {@code SCORE}, {@code DECIMAL}, {@code DATE}, {@code TEXT}).
     */
    public Object getValueData() {
        return data(value);
    }

    public String getValueUnit() {
        return unit(value);
    }

    public Object getPreviousData() {
        return data(previous);
    }

    public String getPreviousUnit() {
        return unit(previous);
    }

    public Object getTargetData() {
        return data(target);
    }

    public String getTargetUnit() {
        return unit(target);
    }

    public Object getSampleData() {
        return data(n);
    }

    public String getSampleUnit() {
        return unit(n);
    }

    /** Whether the sample size is small ({@link SatisfactionSections#sample}): the template marks it †. */
    public Boolean getSmallSample() {
        return n != null && n.text().endsWith("†");
    }

    private static Object data(Cell cell) {
        if (cell == null) {
            return null;
        }
        return cell.number() != null ? cell.number() : cell.text().isEmpty() ? null : cell.text();
    }

    private static String unit(Cell cell) {
        return cell == null ? null : cell.unit().name();
    }

    /** The typed figures, for the exports: value, previous, target, sample size (null where the line has none). */
    public Cell[] figures() {
        return new Cell[] {value, previous, target, n};
    }

    public Image getImage() {
        return image;
    }

    /** Whether this row is a key indicator (the templates show those as tiles). */
    public boolean isKpi() {
        return kpi;
    }

    /** {@code MET} or {@code MISSED} for a key indicator with a target, else null. */
    public String getStatus() {
        return status;
    }

    /** {@code UP}, {@code DOWN} or {@code SAME} for a key indicator with a previous figure, else null. */
    public String getDirection() {
        return direction;
    }

    @Override
    public String toString() {
        return String.join(" | ", java.util.Arrays.stream(cells()).map(String::valueOf).toList());
    }

    /** The line as text cells, without the image. */
    public String[] cells() {
        return new String[] {kind, label, getValue(), getPrevious(), getTarget(), getN()};
    }
}

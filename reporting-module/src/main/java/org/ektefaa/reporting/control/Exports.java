package org.ektefaa.reporting.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ektefaa.platform.api.SpreadsheetText;

/**
 * A report's figures for a spreadsheet (issue #23), from the same typed lines its PDF prints: an Excel workbook (Apache
 * POI) whose first sheet reads like the report — sections, tables with styled headers, numbers as numbers with their
 * formats (percentages, counts, decimals, dates) — and whose second holds the tidy table; and the tidy table alone as
 * CSV (Commons CSV, UTF-8 with a byte-order mark): one row per figure — section, indicator, dimension, measure, period,
 * value, unit, sample size — ready for a pivot table. Texts are kept from running as formulas; numbers stay numbers,
 * negative ones included.
 */
public final class Exports {

    private Exports() {
    }

    /** One figure of the tidy table. */
    record Figure(String section, String indicator, String dimension, String measure, Period period, Cell cell,
                  BigDecimal sample) {
    }

    /**
     * The report's lines as figures: each value of each row, under its section, named by its row (the indicator), its
     * table's first header (the dimension) and its column's header (the measure); the previous period's column dated
     * with the previous period.
     */
    static List<Figure> figures(List<ReportLine> lines, Period period, Wording w) {
        List<Figure> figures = new ArrayList<>();
        String section = "";
        ReportLine header = null;
        String previousPeriod = w.t("previousPeriod");
        for (ReportLine line : lines) {
            switch (line.getKind()) {
                case "SECTION" -> {
                    section = line.getLabel();
                    header = null;
                }
                case "HEADER" -> header = line;
                case "ROW" -> {
                    Cell[] cells = line.figures();
                    Cell[] titles = header == null ? new Cell[4] : header.figures();
                    BigDecimal sample = cells[3] == null ? null : cells[3].number();
                    for (int c = 0; c < 3; c++) {
                        if (cells[c] == null || cells[c] == Cell.EMPTY) {
                            continue;
                        }
                        String measure = titles[c] == null ? "" : titles[c].text();
                        Period when = c == 1 && previousPeriod.equals(measure) ? period.previous() : period;
                        figures.add(new Figure(section, line.getLabel(), header == null ? "" : header.getLabel(), measure,
                                when, cells[c], sample));
                    }
                }
                default -> {
                    // texts, images and page breaks hold no figure
                }
            }
        }
        return figures;
    }

    /** The tidy table as CSV: UTF-8 with a byte-order mark (spreadsheet programs read Arabic then), CRLF lines. */
    public static byte[] csv(List<ReportLine> lines, Period period, Wording w) {
        return csv(columns(w), figures(lines, period, w).stream().map(f -> new Object[] {f.section(), f.indicator(),
            f.dimension(), f.measure(), f.period().start(), f.period().end(), plain(f.cell()),
            w.t("unit." + f.cell().unit()), f.sample() == null ? "" : f.sample().toPlainString()}).toList());
    }

    /**
     * Any table as this system's CSV: UTF-8 with a byte-order mark, CRLF lines, every text cell kept from running as a
     * formula; numbers and dates as they are.
     */
    public static byte[] csv(String[] header, List<Object[]> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get())) {
            for (Object[] row : rows) {
                Object[] safe = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    safe[i] = row[i] instanceof String text ? SpreadsheetText.safe(text) : row[i];
                }
                csv.printRecord(safe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String[] columns(Wording w) {
        return new String[] {w.t("export.section"), w.t("export.indicator"), w.t("export.dimension"),
            w.t("export.measure"), w.t("export.from"), w.t("export.to"), w.t("export.value"), w.t("export.unit"),
            w.t("export.sample")};
    }

    /** A figure as a CSV writes it: the number in plain digits (a dot for decimals), the day as ISO, else the text. */
    private static Object plain(Cell cell) {
        if (cell.number() != null) {
            return new PlainNumber(cell.number().stripTrailingZeros().toPlainString());
        }
        if (cell.date() != null) {
            return cell.date();
        }
        return "—".equals(cell.text()) ? "" : cell.text();
    }

    /** A number written as it is: not a text, so never behind an apostrophe (a negative NPS stays -20). */
    private record PlainNumber(String digits) {
        @Override
        public String toString() {
            return digits;
        }
    }

    /**
     * The workbook: the report as it reads (sheet named in the report's language, right to left in Arabic, title rows
     * frozen) and the tidy table (header styled and frozen, filters on).
     */
    public static byte[] xlsx(String title, List<ReportLine> lines, Period period, Wording w) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet report = book.createSheet(WorkbookUtil.createSafeSheetName(w.t("export.sheet.report")));
            report.setRightToLeft(w.rtl());
            int r = 0;
            Row top = report.createRow(r++);
            text(top, 0, title, styles.title);
            text(report.createRow(r++), 0, w.t("period", w.date(period.start()), w.date(period.end())), null);
            report.createFreezePane(0, 2);
            r++;
            for (ReportLine line : lines) {
                switch (line.getKind()) {
                    case "SECTION" -> {
                        r++;
                        text(report.createRow(r++), 0, line.getLabel(), styles.section);
                    }
                    case "HEADER" -> {
                        Row row = report.createRow(r++);
                        text(row, 0, line.getLabel(), styles.header);
                        Cell[] cells = line.figures();
                        for (int c = 0; c < cells.length; c++) {
                            text(row, c + 1, cells[c] == null ? "" : cells[c].text(), styles.header);
                        }
                    }
                    case "ROW" -> {
                        Row row = report.createRow(r++);
                        text(row, 0, line.getLabel(), null);
                        Cell[] cells = line.figures();
                        for (int c = 0; c < cells.length; c++) {
                            figure(row, c + 1, cells[c], styles);
                        }
                    }
                    case "TEXT" -> text(report.createRow(r++), 0, line.getLabel(), styles.wrap);
                    default -> {
                        // a chart or a page break has no place in a sheet
                    }
                }
            }
            report.setColumnWidth(0, 60 * 256);
            for (int c = 1; c <= 4; c++) {
                report.setColumnWidth(c, 18 * 256);
            }

            Sheet data = book.createSheet(WorkbookUtil.createSafeSheetName(w.t("export.sheet.data")));
            data.setRightToLeft(w.rtl());
            String[] columns = columns(w);
            Row head = data.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                text(head, c, columns[c], styles.header);
            }
            data.createFreezePane(0, 1);
            int d = 1;
            for (Figure f : figures(lines, period, w)) {
                Row row = data.createRow(d++);
                text(row, 0, f.section(), null);
                text(row, 1, f.indicator(), null);
                text(row, 2, f.dimension(), null);
                text(row, 3, f.measure(), null);
                date(row, 4, f.period().start(), styles);
                date(row, 5, f.period().end(), styles);
                figure(row, 6, f.cell(), styles);
                text(row, 7, w.t("unit." + f.cell().unit()), null);
                if (f.sample() != null) {
                    org.apache.poi.ss.usermodel.Cell n = row.createCell(8);
                    n.setCellValue(f.sample().doubleValue());
                    n.setCellStyle(styles.count);
                }
            }
            data.setAutoFilter(new CellRangeAddress(0, Math.max(0, d - 1), 0, columns.length - 1));
            int[] widths = {30, 45, 30, 20, 12, 12, 12, 14, 12};
            for (int c = 0; c < widths.length; c++) {
                data.setColumnWidth(c, widths[c] * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, java.time.LocalDate day, Styles styles) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(styles.day);
    }

    /** A figure as a number a spreadsheet computes with (a percentage as a fraction shown with %), or its text. */
    private static void figure(Row row, int column, Cell figure, Styles styles) {
        if (figure == null || figure == Cell.EMPTY) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (figure.date() != null) {
            cell.setCellValue(figure.date());
            cell.setCellStyle(styles.day);
        } else if (figure.number() == null) {
            cell.setCellValue(figure.text());
        } else {
            switch (figure.unit()) {
                case PERCENT -> {
                    cell.setCellValue(figure.number().movePointLeft(2).doubleValue());
                    cell.setCellStyle(styles.percent);
                }
                case COUNT -> {
                    cell.setCellValue(figure.number().doubleValue());
                    cell.setCellStyle(styles.count);
                }
                default -> {
                    cell.setCellValue(figure.number().doubleValue());
                    cell.setCellStyle(styles.decimal);
                }
            }
        }
    }

    /** The workbook's few styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle section;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle percent;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle day;

        Styles(XSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            Font bold = book.createFont();
            bold.setBold(true);
            section = book.createCellStyle();
            section.setFont(bold);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            wrap = book.createCellStyle();
            wrap.setWrapText(false);
            var formats = book.createDataFormat();
            percent = book.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0%"));
            count = book.createCellStyle();
            count.setDataFormat(formats.getFormat("#,##0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.0"));
            day = book.createCellStyle();
            day.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        }
    }
}

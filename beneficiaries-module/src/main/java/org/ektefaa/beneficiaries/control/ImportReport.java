package org.ektefaa.beneficiaries.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dry run of an import as a workbook the administrator keeps or sends back to whoever keeps the spreadsheet
 * (issue #25): a sheet of people (where they are, what the import would do, the files they may be) and a sheet of
 * reasons, one per cell, in the administrator's language, right to left in Arabic. Written as it streams (a hundred
 * rows in memory), every value as text or a number: nothing a spreadsheet cell holds is ever written as a formula.
 */
public final class ImportReport {

    /** A reason tied to a cell: where, whether it refuses the row, and its words. */
    public record Remark(String sheet, int line, String heading, boolean refuses, String text) {
    }

    /** One person of the file: their sheet and lines (another sheet's named), name, outcome, the file it updates, files alike, and reasons. */
    public record Line(String sheet, String lines, String name, String verdict, Long existingId,
                       List<Long> alike, int members, int aid, List<Remark> remarks) {
    }

    private ImportReport() {
    }

    /**
     * The workbook. {@code labels} gives the words of a key: {@code import.report.*} for headings and
     * {@code import.verdict.*} for outcomes.
     */
    public static byte[] write(List<Line> lines, Locale locale, Function<String, String> labels) {
        boolean arabic = "ar".equals(locale.getLanguage());
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet people = sheet(book, labels.apply("import.report.people"), arabic, bold, labels, "import.report.sheet",
                    "import.report.lines", "import.report.name", "import.report.outcome", "import.report.existing",
                    "import.report.alike", "import.report.members", "import.report.aid", "import.report.reasons");
            Sheet reasons = sheet(book, labels.apply("import.report.reasonsSheet"), arabic, bold, labels,
                    "import.report.sheet", "import.report.line", "import.report.column", "import.report.kind",
                    "import.report.reason");
            int p = 1;
            int r = 1;
            for (Line line : lines) {
                row(people.createRow(p++), line.sheet(), line.lines(), line.name(),
                        labels.apply("import.outcome." + line.verdict()),
                        line.existingId(),
                        line.alike().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        line.members(), line.aid(), line.remarks().size());
                for (Remark remark : line.remarks()) {
                    row(reasons.createRow(r++), remark.sheet(), remark.line(), remark.heading(),
                            labels.apply(remark.refuses() ? "import.report.refuses" : "import.report.warning"),
                            remark.text());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static Sheet sheet(SXSSFWorkbook book, String name, boolean arabic, CellStyle bold,
                               Function<String, String> labels, String... headings) {
        SXSSFSheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        sheet.setRightToLeft(arabic);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            row.createCell(c).setCellValue(labels.apply(headings[c]));
            row.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == headings.length - 1 ? 60 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** A row of cells: a number as a number (a line, a count: sorted and summed as such), anything else as text. */
    private static void row(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
                continue;
            }
            String value = values[c] == null ? "" : values[c].toString();
            // a cell holds at most 32,767 characters (a long cell of the association's sheet quoted in a reason)
            row.createCell(c).setCellValue(value.length() > MOST_CHARACTERS ? value.substring(0, MOST_CHARACTERS - 1) + "…"
                    : value);
        }
    }

    private static final int MOST_CHARACTERS = 32_767;
}

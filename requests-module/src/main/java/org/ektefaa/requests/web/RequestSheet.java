package org.ektefaa.requests.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The request list as a spreadsheet can compute with (issue #21): CSV (UTF-8 with a byte-order mark, so that Excel in
 * Arabic reads it) by Commons CSV, and XLSX by Apache POI's streaming workbook — quantities as numbers, days and times
 * as dates, a right-to-left sheet in Arabic, the header row frozen. Text that a spreadsheet would run as a formula is
 * written so that it stays text (XLSX string cells are never formulas; CSV cells get a leading apostrophe).
 */
final class RequestSheet {

    /** One request as a line of the sheet; text already in the reader's language. */
    record Line(String trackingNumber, String type, String service, BigDecimal requested, String unit, String person,
                String channel, LocalDateTime received, String status, String assignee, LocalDate due) {
    }

    private RequestSheet() {
    }

    static void csv(List<String> headers, List<Line> lines, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(headers.toArray(String[]::new))
                .get())) {
            for (Line l : lines) {
                csv.printRecord(l.trackingNumber(), text(l.type()), text(l.service()),
                        l.requested() == null ? "" : l.requested().stripTrailingZeros().toPlainString(), text(l.unit()),
                        text(l.person()), text(l.channel()), l.received() == null ? "" : l.received().withNano(0).toString(),
                        text(l.status()), text(l.assignee()), l.due() == null ? "" : l.due().toString());
            }
        }
    }

    /**
     * A text cell as a spreadsheet must never run it: a name a visitor typed on the website as {@code =HYPERLINK(…)}
     * (or starting with + - @, a tab or a return) is kept as text by a leading apostrophe (CSV injection).
     */
    static String text(String value) {
        return org.ektefaa.platform.api.SpreadsheetText.safe(value);
    }

    static void xlsx(List<String> headers, List<Line> lines, boolean rightToLeft, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("requests");
            sheet.setRightToLeft(rightToLeft);
            sheet.createFreezePane(0, 1);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle moment = book.createCellStyle();
            moment.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Line l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.trackingNumber());
                row.createCell(1).setCellValue(l.type());
                row.createCell(2).setCellValue(l.service());
                if (l.requested() != null) {
                    Cell cell = row.createCell(3);
                    cell.setCellValue(l.requested().doubleValue());
                    cell.setCellStyle(number);
                }
                row.createCell(4).setCellValue(l.unit());
                row.createCell(5).setCellValue(l.person());
                row.createCell(6).setCellValue(l.channel());
                if (l.received() != null) {
                    Cell cell = row.createCell(7);
                    cell.setCellValue(l.received());
                    cell.setCellStyle(moment);
                }
                row.createCell(8).setCellValue(l.status());
                row.createCell(9).setCellValue(l.assignee());
                if (l.due() != null) {
                    Cell cell = row.createCell(10);
                    cell.setCellValue(l.due());
                    cell.setCellStyle(day);
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, (c == 5 ? 30 : 16) * 256);
            }
            book.write(out);
        }
    }
}

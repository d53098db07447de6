package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ektefaa.platform.api.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: the association's spreadsheets as Excel and its users write them — a workbook with an identity number kept
 * as a number, a date cell, a formula (read as its last value, never evaluated), a column without a heading; CSV in
 * UTF-8 with its mark, without it, and in Windows-1256 with semicolons; and what is refused with a message.
 */
class SheetReaderTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void aWorkbookIsReadAsThePersonSeesIt() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("المستفيدون");
            book.createSheet("فارغة");
            book.createSheet("قديمة").createRow(0).createCell(0).setCellValue("الاسم");
            book.setSheetHidden(2, true);
            Row title = sheet.createRow(1); // an empty first row, as many sheets have
            title.createCell(0).setCellValue("الاسم");
            title.createCell(1).setCellValue("رقم الهوية");
            title.createCell(2).setCellValue("تاريخ الميلاد");
            title.createCell(3).setCellValue("الدخل");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(" نورة محمد العتيبي ");
            row.createCell(1).setCellValue(1012345678d);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(LocalDate.of(1980, 5, 17));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellFormula("1500+250.5");
            row.createCell(5).setCellValue("بلا عنوان");
            sheet.createRow(3); // an empty row between: left out
            Row second = sheet.createRow(4);
            second.createCell(0).setCellValue("سعد");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            xlsx = out.toByteArray();
        }
        List<SheetReader.Table> tables = SheetReader.read("أسر 1446.xlsx", xlsx, LIMIT);
        SheetReader.Table t = tables.get(0);
        assertThat(t.name()).isEqualTo("المستفيدون");
        assertThat(t.headings()).containsExactly("الاسم", "رقم الهوية", "تاريخ الميلاد", "الدخل");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0)).containsExactly("نورة محمد العتيبي", "1012345678", "1980-05-17", "1750.5");
        assertThat(t.lines()).as("each row's number as Excel shows it, blank rows counted").containsExactly(3, 5);
        assertThat(t.cell(1, 3)).isEmpty();
        assertThat(t.formulas()).isEqualTo(1);
        assertThat(t.notes()).contains(new SheetReader.Note("import.note.noHeading", "F"),
                new SheetReader.Note("import.note.formulas", 1));
        assertThat(tables.get(1).rows()).isEmpty();
        assertThat(tables).as("a hidden sheet is not read").hasSize(2);
        assertThat(t.notes()).startsWith(new SheetReader.Note("import.note.hiddenSheets", "قديمة"));
    }

    @Test
    void aMergedHeadingIsRefusedWithWhere() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("1446");
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("بيانات المستفيد");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            sheet.createRow(1).createCell(0).setCellValue("نورة");
            book.write(out);
            xlsx = out.toByteArray();
        }
        assertThatThrownBy(() -> SheetReader.read("x.xlsx", xlsx, LIMIT)).isInstanceOfSatisfying(RuleViolation.class,
                v -> {
                    assertThat(v.messageKey()).isEqualTo("import.error.mergedHeading");
                    assertThat(v.arguments()).containsExactly("1446", "A1:C1");
                });
    }

    /** A real association's sheet: a title merged across the table and a blank row above the headings. */
    @Test
    void aTitleAboveTheHeadingsIsPassedOverAndSaid() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("1446");
            sheet.createRow(0).createCell(0).setCellValue("جمعية البر — كشف المستفيدين لعام 1446");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row heading = sheet.createRow(2);
            String[] headings = {"م", "الاسم", "رقم الهوية", "الجوال"};
            for (int c = 0; c < headings.length; c++) {
                heading.createCell(c).setCellValue(headings[c]);
            }
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue("نورة محمد العتيبي");
            Row second = sheet.createRow(5);
            second.createCell(0).setCellValue(2);
            second.createCell(1).setCellValue("هيا سعد الشمري");
            book.write(out);
            xlsx = out.toByteArray();
        }
        SheetReader.Table t = SheetReader.read("x.xlsx", xlsx, LIMIT).get(0);
        assertThat(t.headings()).containsExactly("م", "الاسم", "رقم الهوية", "الجوال");
        assertThat(t.lines()).containsExactly(4, 6);
        assertThat(t.notes()).startsWith(new SheetReader.Note("import.note.title", 3));
        // the same in a CSV, where the title is a line of its own
        SheetReader.Table csv = SheetReader.read("x.csv", ("كشف المستفيدين,,\r\n,,\r\nالاسم,رقم الهوية,الجوال\r\n"
                + "نورة محمد العتيبي,1012345678,\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), LIMIT).get(0);
        assertThat(csv.headings()).containsExactly("الاسم", "رقم الهوية", "الجوال");
        assertThat(csv.lines()).containsExactly(4);
        // a totals row under the table is no person
        SheetReader.Table totals = SheetReader.read("y.csv", ("الاسم,المبلغ\r\nنورة محمد العتيبي,350\r\n"
                + "هيا سعد الشمري,200\r\nالمجموع:,550\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), LIMIT).get(0);
        assertThat(totals.rows()).hasSize(2);
        assertThat(totals.notes()).contains(new SheetReader.Note("import.note.totals", 4));
    }

    @Test
    void textNamedAsAWorkbookIsNoSpreadsheet() {
        assertThatThrownBy(() -> SheetReader.read("الأسر.xlsx", "الاسم,الهوية\r\nنورة,1\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), LIMIT)).hasMessage("import.error.notSpreadsheet");
    }

    @Test
    void csvInEachEncodingExcelWrites() {
        String text = "الاسم;الجوال;تاريخ الميلاد\r\nهيا عبدالله الشمري;٠٥٥١٢٣٤٥٦٧;1400/07/15\r\n";
        Charset windows = Charset.forName("windows-1256");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        // Windows-1256 has no Eastern-Arabic digits: such a file has Western ones
        byte[] arabicWindows = text.replace("٠٥٥١٢٣٤٥٦٧", "0551234567").getBytes(windows);
        for (byte[] bytes : List.of(utf8, withBom, arabicWindows)) {
            SheetReader.Table t = SheetReader.read("اسر.csv", bytes, LIMIT).get(0);
            assertThat(t.name()).isEqualTo("اسر");
            assertThat(t.headings()).containsExactly("الاسم", "الجوال", "تاريخ الميلاد");
            assertThat(t.rows()).singleElement().satisfies(r -> {
                assertThat(r.get(0)).isEqualTo("هيا عبدالله الشمري");
                assertThat(r.get(2)).isEqualTo("1400/07/15");
            });
        }
    }

    @Test
    void whatIsNoSpreadsheetOrTooLargeIsRefusedWithAReason() {
        assertThatThrownBy(() -> SheetReader.read("report.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), LIMIT))
                .hasMessage("import.error.notSpreadsheet");
        assertThatThrownBy(() -> SheetReader.read("photo.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, LIMIT))
                .hasMessage("import.error.notSpreadsheet");
        assertThatThrownBy(() -> SheetReader.read("broken.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, LIMIT))
                .hasMessage("import.error.notSpreadsheet");
        assertThatThrownBy(() -> SheetReader.read("big.csv", new byte[2 * 1024 * 1024], 1024 * 1024))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.arguments()).containsExactly(1L));
        assertThatThrownBy(() -> SheetReader.read("empty.csv", "الاسم\r\n".getBytes(StandardCharsets.UTF_8), LIMIT))
                .hasMessage("import.error.empty");
        assertThat(SheetReader.columnLetter(0)).isEqualTo("A");
        assertThat(SheetReader.columnLetter(27)).isEqualTo("AB");
    }

    /** A sheet with a cell far to the right, a password, or more rows than read is refused, not read into memory. */
    @Test
    void whatWouldFillTheMemoryIsRefused() throws Exception {
        byte[] wide;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("الأسر");
            sheet.createRow(0).createCell(0).setCellValue("الاسم");
            sheet.createRow(1).createCell(16_383).setCellValue("x");
            book.write(out);
            wide = out.toByteArray();
        }
        assertThatThrownBy(() -> SheetReader.read("wide.xlsx", wide, LIMIT)).isInstanceOfSatisfying(RuleViolation.class,
                v -> {
                    assertThat(v.messageKey()).isEqualTo("import.error.tooWide");
                    assertThat(v.arguments()).containsExactly("الأسر", SheetReader.MOST_COLUMNS);
                });
        String wideCsv = "الاسم" + ",".repeat(SheetReader.MOST_COLUMNS + 1) + "\r\nنورة\r\n";
        assertThatThrownBy(() -> SheetReader.read("wide.csv", wideCsv.getBytes(StandardCharsets.UTF_8), LIMIT))
                .hasMessage("import.error.tooWide");
        String longCsv = "الاسم\r\n" + "نورة\r\n".repeat(SheetReader.MOST_ROWS + 1);
        assertThatThrownBy(() -> SheetReader.read("long.csv", longCsv.getBytes(StandardCharsets.UTF_8), 64L << 20))
                .hasMessage("import.error.tooLong");
        byte[] locked;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook book = new XSSFWorkbook(); java.io.OutputStream os = encryptor.getDataStream(fs)) {
                book.createSheet("الأسر").createRow(0).createCell(0).setCellValue("الاسم");
                book.write(os);
            }
            fs.writeFilesystem(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> SheetReader.read("locked.xlsx", locked, LIMIT)).hasMessage("import.error.protected");
    }
}

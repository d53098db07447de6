package org.ektefaa.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The request list exported for a spreadsheet (issue #21), read back as a spreadsheet would: the XLSX holds numbers
 * as numbers and days as dates, right to left in Arabic; the CSV opens in Excel in Arabic (a byte-order mark) and keeps
 * a comma inside a name in its cell.
 */
class RequestSheetTest {

    private static final List<String> HEADERS = List.of("رقم المتابعة", "النوع", "الخدمة", "المطلوب", "الوحدة", "المتقدم",
            "القناة", "تاريخ الاستلام", "الحالة", "المسؤول", "موعد القرار");
    private static final List<RequestSheet.Line> LINES = List.of(
            new RequestSheet.Line("1448-000012", "دعم", "إيجار", new BigDecimal("1500.00"), "ريال", "نورة, سعد", "الهاتف",
                    LocalDateTime.of(2026, 11, 20, 9, 30), "مرفوع", "officer1", LocalDate.of(2026, 12, 4)),
            new RequestSheet.Line("1448-000013", "استفسار", "", null, "", "=HYPERLINK(\"http://x\")", "الموقع",
                    LocalDateTime.of(2026, 11, 21, 10, 0), "مستلم", "", null));

    @Test
    void theWorkbookHoldsNumbersAndDatesRightToLeft() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RequestSheet.xlsx(HEADERS, LINES, true, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("رقم المتابعة");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1448-000012");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).as("a quantity a sum can add").isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(7))).as("a date, not text").isTrue();
            assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 30));
            assertThat(sheet.getRow(1).getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(sheet.getRow(2).getCell(3)).as("nothing asked: an empty cell").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theCsvOpensInExcelAndKeepsEachValueInItsCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RequestSheet.csv(HEADERS, LINES, out);
        byte[] bytes = out.toByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte-order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8), CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(parser.getHeaderNames()).isEqualTo(HEADERS);
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("المتقدم")).isEqualTo("نورة, سعد");
            assertThat(records.get(0).get("المطلوب")).isEqualTo("1500");
            assertThat(records.get(0).get("تاريخ الاستلام")).isEqualTo("2026-11-20T09:30");
            assertThat(records.get(1).get("موعد القرار")).isEmpty();
            assertThat(records.get(1).get("المتقدم")).as("a formula a visitor typed stays text")
                    .isEqualTo("'=HYPERLINK(\"http://x\")");
        }
    }
}

package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: the dry run's workbook — one sheet of people, one of reasons per cell, in the administrator's language and
 * right to left in Arabic; a cell that looked like a formula in the association's sheet is written back as text.
 */
class ImportReportTest {

    private static final List<ImportReport.Line> LINES = List.of(
            new ImportReport.Line("الأسر", "2, 3", "حصة محمد المطيري", "UPDATE", 41L, List.of(7L), 1, 2, List.of()),
            new ImportReport.Line("الأسر", "4", "=HYPERLINK(\"x\")", "REFUSED", null, List.of(), 0, 0, List.of(
                    new ImportReport.Remark("الأسر", 4, "رقم الهوية", true, "رقم الهوية غير صحيح"),
                    new ImportReport.Remark("الأسر", 4, "الجوال", false, "رقم الجوال نفسه في السطر 2"))));

    private static String label(String key) {
        return "<" + key + ">";
    }

    @Test
    void peopleAndTheirReasonsPerCellRightToLeftInArabic() throws Exception {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                ImportReport.write(LINES, Locale.forLanguageTag("ar"), ImportReportTest::label)))) {
            Sheet people = book.getSheetAt(0);
            assertThat(people.getSheetName()).isEqualTo("<import.report.people>");
            assertThat(people.isRightToLeft()).isTrue();
            assertThat(people.getRow(0).getCell(3).getStringCellValue()).isEqualTo("<import.report.outcome>");
            assertThat(people.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2, 3");
            assertThat(people.getRow(1).getCell(3).getStringCellValue()).isEqualTo("<import.outcome.UPDATE>");
            assertThat(people.getRow(1).getCell(4).getNumericCellValue()).as("a number, as Excel sorts it").isEqualTo(41);
            assertThat(people.getRow(1).getCell(5).getStringCellValue()).isEqualTo("7");
            assertThat(people.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(people.getRow(2).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(people.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(2);

            Sheet reasons = book.getSheetAt(1);
            assertThat(reasons.getLastRowNum()).isEqualTo(2);
            assertThat(reasons.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(reasons.getRow(1).getCell(2).getStringCellValue()).isEqualTo("رقم الهوية");
            assertThat(reasons.getRow(1).getCell(3).getStringCellValue()).isEqualTo("<import.report.refuses>");
            assertThat(reasons.getRow(2).getCell(3).getStringCellValue()).isEqualTo("<import.report.warning>");
            assertThat(reasons.getRow(2).getCell(4).getStringCellValue()).isEqualTo("رقم الجوال نفسه في السطر 2");
        }
    }

    @Test
    void leftToRightInEnglish() throws Exception {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                ImportReport.write(LINES, Locale.ENGLISH, ImportReportTest::label)))) {
            assertThat(book.getSheetAt(0).isRightToLeft()).isFalse();
            assertThat(book.getSheetAt(1).isRightToLeft()).isFalse();
        }
    }
}

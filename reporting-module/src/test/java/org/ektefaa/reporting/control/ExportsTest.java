package org.ektefaa.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue #23: a report's exports hold numbers a spreadsheet computes with — in the workbook, numeric cells with their
 * formats under styled, frozen headers in sheets named in the report's language; in the CSV, one tidy row per figure
 * — and a text typed as a formula stays text while a negative figure stays a number.
 */
class ExportsTest {

    private static final Period Q3 = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    private static List<ReportLine> lines(Wording w) {
        return List.of(ReportLine.section(w.t("summary")),
                ReportLine.header(w.t("indicator"), w.t("thisPeriod"), w.t("previousPeriod"), w.t("target"), w.t("sample")),
                ReportLine.row(w.t("kpi.csat"), w.pct(new BigDecimal("65.7")), w.pct(new BigDecimal("70.0")),
                        w.pct(new BigDecimal("85.0")), w.count(1234)),
                ReportLine.row(w.t("kpi.nps"), w.score(new BigDecimal("-20")), w.score(new BigDecimal("5")), "", w.count(40)),
                ReportLine.text(w.t("satisfaction.note")),
                ReportLine.section(w.t("complaints")),
                ReportLine.header(w.t("complaints.theme"), w.t("complaints.resolved"), w.t("complaints.upheld"), "", ""),
                ReportLine.row("=HYPERLINK(\"http://x\")", w.count(3), w.count(1), "", ""),
                ReportLine.header(w.t("commitment.worst"), w.t("commitment.daysTaken"), w.t("commitment.due"), "", ""),
                ReportLine.row("1448-000398", w.decimal(21), w.day(LocalDate.of(2026, 8, 14)), "", ""));
    }

    @Test
    void theWorkbookHoldsNumbersWithTheirFormatsInSheetsNamedInArabic() throws IOException {
        Wording w = new Wording("ar");
        byte[] xlsx = Exports.xlsx(w.t("board.title"), lines(w), Q3, w);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("التقرير");
            assertThat(book.getSheetName(1)).isEqualTo("البيانات");
            Sheet report = book.getSheetAt(0);
            assertThat(report.isRightToLeft()).isTrue();
            assertThat(report.getPaneInformation().isFreezePane()).isTrue();
            org.apache.poi.ss.usermodel.Row csat = row(report, w.t("kpi.csat"));
            assertThat(csat.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(csat.getCell(1).getNumericCellValue()).isEqualTo(0.657, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(csat.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(csat.getCell(4).getNumericCellValue()).isEqualTo(1234);
            assertThat(csat.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row(report, w.t("kpi.nps")).getCell(1).getNumericCellValue()).isEqualTo(-20);
            org.apache.poi.ss.usermodel.Row late = row(report, "1448-000398");
            assertThat(late.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 8, 14));
            org.apache.poi.ss.usermodel.Row header = row(report, w.t("indicator"));
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            // a text cell is never a formula in a workbook
            assertThat(row(report, "=HYPERLINK(\"http://x\")").getCell(0).getCellType()).isEqualTo(CellType.STRING);

            Sheet data = book.getSheetAt(1);
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("القسم");
            long numeric = 0;
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                if (data.getRow(r).getCell(6) != null && data.getRow(r).getCell(6).getCellType() == CellType.NUMERIC) {
                    numeric++;
                }
            }
            assertThat(numeric).as("figures a spreadsheet finds").isEqualTo(9);
        }
    }

    @Test
    void theCsvIsATidyTableWithOneRowPerFigure() throws IOException {
        Wording w = new Wording("en");
        byte[] csv = Exports.csv(lines(w), Q3, w);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("Section", "Indicator", "Dimension",
                "Measure", "Period from", "Period to", "Value", "Unit", "Sample size");
        CSVRecord csat = rows.get(0);
        assertThat(csat.get("Indicator")).startsWith("Satisfaction (CSAT");
        assertThat(csat.get("Measure")).isEqualTo("This period");
        assertThat(csat.get("Period from")).isEqualTo("2026-07-01");
        assertThat(csat.get("Value")).isEqualTo("65.7");
        assertThat(csat.get("Unit")).isEqualTo("percent");
        assertThat(csat.get("Sample size")).isEqualTo("1234");
        // the previous period's figure is dated with the previous period
        assertThat(rows.get(1).get("Measure")).isEqualTo("Previous period");
        assertThat(rows.get(1).get("Period from")).isEqualTo("2026-04-01");
        assertThat(rows).filteredOn(r -> r.get("Indicator").startsWith("Net promoter")).first()
                .satisfies(r -> assertThat(r.get("Value")).as("a negative figure stays a number").isEqualTo("-20"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Indicator")).isEqualTo("'=HYPERLINK(\"http://x\")"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Indicator")).isEqualTo("1448-000398");
            assertThat(r.get("Value")).isIn("21", "2026-08-14");
        });
        assertThat(rows).as("three figures of the summary's first row, two of the second, two per table row after")
                .hasSize(3 + 2 + 2 + 2);
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, String label) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}

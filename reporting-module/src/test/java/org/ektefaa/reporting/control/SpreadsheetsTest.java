package org.ektefaa.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The Excel export is a valid Office Open XML package: its parts, an RTL sheet, escaped Arabic text cells. */
class SpreadsheetsTest {

    @Test
    void aWorkbookHoldsTheRowsInARightToLeftSheet() throws IOException {
        byte[] xlsx = Spreadsheets.xlsx("QUARTERLY", List.of(new String[] {"المؤشر", "هذه الفترة"},
                new String[] {"الرضا <٤–٥> & \"NPS\"", "٨٧٫٥٪"}), true);
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("rightToLeft=\"1\"", "<c r=\"A1\" t=\"inlineStr\"><is><t>المؤشر</t></is></c>",
                "<c r=\"B2\" t=\"inlineStr\"><is><t>٨٧٫٥٪</t></is></c>", "الرضا &lt;٤–٥&gt; &amp; &quot;NPS&quot;");
        assertThat(Spreadsheets.column(0)).isEqualTo("A");
        assertThat(Spreadsheets.column(25)).isEqualTo("Z");
        assertThat(Spreadsheets.column(26)).isEqualTo("AA");
    }
}

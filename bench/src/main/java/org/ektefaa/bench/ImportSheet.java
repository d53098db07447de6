package org.ektefaa.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * An association's spreadsheet as issue #25 measures it: {@code rows} rows in Arabic, one person's own row followed by
 * their household members' rows under the same identity number (none to three), past aid on some rows, Hijri and
 * Gregorian birth dates, mobiles in Eastern-Arabic digits on some rows, and one person in thirty with a wrong check
 * digit. Headings as associations write them, so that the proposed mapping takes them all.
 */
final class ImportSheet {

    private static final String[] HEADINGS = {"الاسم الرباعي", "رقم الهوية", "تاريخ الميلاد", "الجوال", "المدينة", "الحي",
        "اسم الفرد", "صلة القرابة", "تاريخ الصرف", "نوع المساعدة", "المبلغ"};
    private static final String[] CHILDREN = {"ابن", "ابنة"};
    private static final String[] CITIES = {"الرياض", "جدة", "الدمام", "بريدة", "أبها", "حائل"};
    private static final String[] AID = {"سلة غذائية", "إيجار", "فاتورة كهرباء", "كسوة العيد"};

    private ImportSheet() {
    }

    /** The workbook's bytes, and how many people it holds. */
    record Made(byte[] content, int people) {
    }

    static Made write(int rows, long firstId) throws IOException {
        Random random = new Random(25);
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        int people = 0;
        try {
            Sheet sheet = book.createSheet("الأسر");
            Row heading = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.length; c++) {
                heading.createCell(c).setCellValue(HEADINGS[c]);
            }
            int r = 1;
            while (r <= rows) {
                people++;
                String id = NationalIds.withCheckDigit(firstId + people);
                if (people % 30 == 0) {
                    id = id.substring(0, 9) + (char) ('0' + (id.charAt(9) - '0' + 1) % 10);
                }
                String family = Generate.FAMILY[random.nextInt(Generate.FAMILY.length)];
                String name = Generate.FIRST[random.nextInt(Generate.FIRST.length)] + " "
                        + Generate.FIRST[10 + random.nextInt(15)] + " " + Generate.FIRST[10 + random.nextInt(15)] + " " + family;
                String born = random.nextBoolean()
                        ? String.format("%d/%02d/%02d", 1380 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(29))
                        : String.format("%d-%02d-%02d", 1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String mobile = String.format("05%08d", 50_000_000 + people);
                if (people % 4 == 0) {
                    mobile = eastern(mobile);
                }
                Row row = sheet.createRow(r++);
                cells(row, name, people % 5 == 0 ? eastern(id) : id, born, mobile, CITIES[random.nextInt(CITIES.length)],
                        "حي " + (1 + random.nextInt(40)), "", "", "", "", "");
                aid(row, random);
                int members = random.nextInt(4);
                for (int m = 0; m < members && r <= rows; m++) {
                    Row member = sheet.createRow(r++);
                    cells(member, "", id, "", "", "", "", Generate.FIRST[random.nextInt(Generate.FIRST.length)] + " " + family,
                            CHILDREN[random.nextInt(2)], "", "", "");
                    if (random.nextInt(3) == 0) {
                        aid(member, random);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return new Made(out.toByteArray(), people);
        } finally {
            book.dispose();
        }
    }

    private static void aid(Row row, Random random) {
        if (random.nextInt(3) == 0) {
            row.createCell(8).setCellValue(String.format("1447/%02d/%02d", 1 + random.nextInt(12), 1 + random.nextInt(29)));
            row.createCell(9).setCellValue(AID[random.nextInt(AID.length)]);
            row.createCell(10).setCellValue(100 * (1 + random.nextInt(20)));
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static String eastern(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(ch -> s.append(Character.isDigit(ch) ? (char) ('٠' + ch - '0') : (char) ch));
        return s.toString();
    }
}

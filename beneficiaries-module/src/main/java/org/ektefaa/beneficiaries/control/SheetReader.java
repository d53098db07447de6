package org.ektefaa.beneficiaries.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Reads an association's spreadsheet for import (issue #25) into plain text cells, sheet by sheet: XLSX read as a
 * stream ({@link SheetStream}), XLS with Apache POI, CSV with commons-csv in UTF-8 with or without its byte-order mark
 * or in Windows-1256, as Excel in Arabic saves it, separated by commas, semicolons or tabs. The headings are the first
 * full row, under a title the sheet may have; each row keeps its own number. A formula cell is read as the value Excel
 * last calculated and is never evaluated; a date cell as its ISO day; a number without trailing zeros (an identity
 * number kept as a number stays whole). What cannot be read is refused with a message key: not a spreadsheet, too
 * large, a merged heading.
 */
public final class SheetReader {

    /**
     * One sheet: its headings (the row of headings, below a title the sheet may have), the rows under them with text,
     * each row's own number in the spreadsheet ({@code lines}, as Excel shows it), and notes.
     */
    public record Table(String name, List<String> headings, List<List<String>> rows, List<Integer> lines, int formulas,
                        List<Note> notes) implements java.io.Serializable {

        /** A sheet whose headings are its first row and whose rows follow with no blank row between. */
        public Table(String name, List<String> headings, List<List<String>> rows, int formulas, List<Note> notes) {
            this(name, headings, rows, java.util.stream.IntStream.range(0, rows.size()).map(i -> i + 2).boxed().toList(),
                    formulas, notes);
        }

        /** The cell of {@code row} under heading {@code column} (0-based), blank when the row is shorter. */
        public String cell(int row, int column) {
            List<String> cells = rows.get(row);
            return column < cells.size() ? cells.get(column) : "";
        }

        /** Row {@code row}'s number in the spreadsheet (the headings' row is 1 when it is the first). */
        public int line(int row) {
            return lines.get(row);
        }
    }

    /** How far down a sheet its headings are looked for, under a title of a few rows. */
    static final int HEADINGS_WITHIN = 10;

    /** Something the person should know about a sheet: a message key and its one argument. */
    public record Note(String key, Object argument) implements java.io.Serializable {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset ARABIC_WINDOWS = Charset.forName("windows-1256");

    /** The widest sheet read: a cell further right is refused (a sheet of 16,384 columns would fill the memory). */
    static final int MOST_COLUMNS = 200;

    /** The longest sheet read. */
    static final int MOST_ROWS = 100_000;

    static {
        // a part of the workbook that inflates beyond this is refused (POI also refuses a suspicious inflation ratio)
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private SheetReader() {
    }

    /**
     * The sheets of {@code content} (named {@code fileName} by its sender), at most {@code maxBytes} long.
     *
     * @throws RuleViolation {@code import.error.tooLarge} (the limit in megabytes), {@code import.error.notSpreadsheet},
     *                       {@code import.error.mergedHeading} (the sheet and the cells), {@code import.error.empty}
     */
    public static List<Table> read(String fileName, byte[] content, long maxBytes) {
        if (content.length > maxBytes) {
            throw new RuleViolation("import.error.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
        }
        List<Table> tables;
        if (startsWith(content, ZIP) || startsWith(content, OLE2)) {
            tables = workbook(content);
        } else if (fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.xls[xm]?$")) {
            // named a workbook but is none (text renamed, a download that went wrong): not read as a CSV
            throw new RuleViolation("import.error.notSpreadsheet");
        } else if (looksLikeText(content)) {
            tables = List.of(csv(fileName, decode(content)));
        } else {
            throw new RuleViolation("import.error.notSpreadsheet");
        }
        if (tables.stream().allMatch(t -> t.rows().isEmpty())) {
            throw new RuleViolation("import.error.empty");
        }
        return tables;
    }

    private static List<Table> workbook(byte[] content) {
        try {
            List<SheetStream.Raw> sheets = startsWith(content, ZIP) ? SheetStream.read(content) : oldWorkbook(content);
            List<Table> tables = new ArrayList<>();
            List<String> hidden = new ArrayList<>();
            for (SheetStream.Raw sheet : sheets) {
                if (sheet.hidden()) {
                    hidden.add(sheet.name());
                } else {
                    tables.add(table(sheet));
                }
            }
            if (!hidden.isEmpty() && !tables.isEmpty()) {
                // a hidden sheet is not read: said, so that nobody wonders where its people went
                Table first = tables.get(0);
                List<Note> notes = new ArrayList<>(first.notes());
                notes.add(0, new Note("import.note.hiddenSheets", String.join("، ", hidden)));
                tables.set(0, new Table(first.name(), first.headings(), first.rows(), first.lines(), first.formulas(),
                        notes));
            }
            return tables;
        } catch (RuleViolation refused) {
            throw refused;
        } catch (org.apache.poi.EncryptedDocumentException protectedByAPassword) {
            throw new RuleViolation("import.error.protected");
        } catch (IOException | RuntimeException notAWorkbook) {
            // a damaged or encrypted workbook, a zip that is not one, a zip bomb (POI refuses it)
            throw new RuleViolation("import.error.notSpreadsheet");
        }
    }

    /**
     * An Excel 97–2003 workbook (.xls, at most 65,536 rows), or a password-protected one (refused), read with POI's
     * object model; an XLSX is read as a stream ({@link SheetStream}).
     */
    private static List<SheetStream.Raw> oldWorkbook(byte[] content) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            List<SheetStream.Raw> sheets = new ArrayList<>();
            for (Sheet sheet : book) {
                sheets.add(book.isSheetHidden(book.getSheetIndex(sheet)) ? SheetStream.Raw.hidden(sheet.getSheetName())
                        : raw(sheet));
            }
            return sheets;
        }
    }

    private static SheetStream.Raw raw(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int[] formulas = {0};
        for (Row row : sheet) {
            if (row.getLastCellNum() > MOST_COLUMNS) {
                throw new RuleViolation("import.error.tooWide", sheet.getSheetName(), MOST_COLUMNS);
            }
            if (rows.size() > MOST_ROWS) {
                throw new RuleViolation("import.error.tooLong", sheet.getSheetName(), MOST_ROWS);
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row.getCell(c), formulas));
            }
            trimEnd(cells);
            if (!cells.isEmpty()) {
                rows.add(cells);
                lines.add(row.getRowNum() + 1);
            }
        }
        return new SheetStream.Raw(sheet.getSheetName(), rows, lines, formulas[0], sheet.getMergedRegions(), false);
    }

    /** A sheet as read into its table: the headings found, a merged heading refused. */
    private static Table table(SheetStream.Raw sheet) {
        int heading = headingRow(sheet.rows());
        if (heading < 0) {
            return new Table(sheet.name(), List.of(), List.of(), 0, List.of());
        }
        int headingIndex = sheet.lines().get(heading) - 1;
        for (CellRangeAddress merged : sheet.merged()) {
            if (merged.getFirstRow() <= headingIndex && merged.getLastRow() >= headingIndex) {
                throw new RuleViolation("import.error.mergedHeading", sheet.name(), merged.formatAsString());
            }
        }
        return table(sheet.name(), sheet.rows(), sheet.lines(), heading, sheet.formulas());
    }

    /**
     * Which of the rows with text holds the headings: the first of the sheet's first rows with at least two cells and
     * nearly as many as the fullest of them — so that a title above the table ("كشف المستفيدين لعام 1446", often merged
     * across the columns) and a blank row under it are passed over; -1 when the sheet has no text.
     */
    static int headingRow(List<List<String>> rows) {
        int within = Math.min(rows.size(), HEADINGS_WITHIN);
        long fullest = 0;
        for (int r = 0; r < within; r++) {
            fullest = Math.max(fullest, filled(rows.get(r)));
        }
        for (int r = 0; r < within; r++) {
            long filled = filled(rows.get(r));
            if (filled >= 2 && filled * 10 >= fullest * 6) {
                return r;
            }
        }
        return rows.isEmpty() ? -1 : 0;
    }

    private static long filled(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** A cell as the person sees it: text, a whole or decimal number, an ISO day, TRUE/FALSE; blank when empty. */
    private static String text(Cell cell, int[] formulas) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            formulas[0]++;
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> "";
        };
    }

    private static Table csv(String fileName, String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long n = firstLine.chars().filter(c -> c == candidate).count();
            if (n > most) {
                most = n;
                delimiter = candidate;
            }
        }
        // empty lines are kept to be counted: a row's number is the one Excel shows for it
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                line++;
                if (record.size() > MOST_COLUMNS) {
                    throw new RuleViolation("import.error.tooWide", fileName, MOST_COLUMNS);
                }
                if (rows.size() > MOST_ROWS) {
                    throw new RuleViolation("import.error.tooLong", fileName, MOST_ROWS);
                }
                List<String> cells = new ArrayList<>();
                record.forEach(v -> cells.add(v.strip()));
                trimEnd(cells);
                if (!cells.isEmpty()) {
                    rows.add(cells);
                    lines.add(line);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException broken) {
            throw new RuleViolation("import.error.notSpreadsheet");
        }
        String name = fileName == null ? "CSV" : fileName.replaceFirst("(?i)\\.csv$", "");
        int heading = headingRow(rows);
        return heading < 0 ? new Table(name, List.of(), List.of(), 0, List.of())
                : table(name, rows, lines, heading, 0);
    }

    /**
     * The table with its columns that have no heading and no value left out, and notes of what the person should know:
     * a column with values but no heading (left out), rows shorter or longer than the headings.
     */
    private static Table table(String name, List<List<String>> all, List<Integer> allLines, int at, int formulas) {
        List<String> headings = all.get(at);
        List<List<String>> rows = all.subList(at + 1, all.size());
        int width = headings.size();
        for (List<String> row : rows) {
            width = Math.max(width, row.size());
        }
        List<Integer> kept = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String heading = c < headings.size() ? headings.get(c) : "";
            final int column = c;
            boolean hasValues = rows.stream().anyMatch(r -> column < r.size() && !r.get(column).isEmpty());
            if (!heading.isEmpty()) {
                kept.add(c);
                if (!hasValues) {
                    notes.add(new Note("import.note.emptyColumn", heading));
                }
            } else if (hasValues) {
                notes.add(new Note("import.note.noHeading", columnLetter(c)));
            }
        }
        List<String> keptHeadings = kept.stream().map(headings::get).toList();
        List<List<String>> keptRows = new ArrayList<>(rows.size());
        List<Integer> keptLines = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<String> cells = new ArrayList<>(kept.size());
            for (int c : kept) {
                cells.add(c < row.size() ? row.get(c) : "");
            }
            if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                keptRows.add(cells);
                keptLines.add(allLines.get(at + 1 + r));
            }
        }
        if (at > 0) {
            // a title above the table: said, so that the person sees which row was read as the headings
            notes.add(0, new Note("import.note.title", allLines.get(at)));
        }
        // a totals row under the table ("المجموع", "الإجمالي", "Total") is no person: passed over, and said
        for (int r = Math.max(0, keptRows.size() - 3); r < keptRows.size(); r++) {
            if (keptRows.get(r).stream().anyMatch(SheetReader::isTotal)) {
                notes.add(new Note("import.note.totals", keptLines.get(r)));
                keptRows.remove(r);
                keptLines.remove(r);
                r--;
            }
        }
        if (formulas > 0) {
            notes.add(new Note("import.note.formulas", formulas));
        }
        return new Table(name, keptHeadings, keptRows, keptLines, formulas, notes);
    }

    private static final java.util.Set<String> TOTALS = java.util.Set.of("المجموع", "مجموع", "الاجمالي", "اجمالي",
            "المجموع الكلي", "الاجمالي العام", "المجموع العام", "total", "totals", "grand total", "sum");

    /** Whether a cell names a totals row (its Arabic folded: hamza forms, a colon, tatweel). */
    static boolean isTotal(String cell) {
        String word = cell.strip().toLowerCase(Locale.ROOT).replace("ـ", "").replaceAll("[:：]$", "").strip()
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        return TOTALS.contains(word);
    }

    /** A spreadsheet's column letter: 0 → A, 26 → AA. */
    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }

    private static void trimEnd(List<String> cells) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL byte in its first kilobytes (a PDF or an image does). */
    private static boolean looksLikeText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return !new String(content, 0, Math.min(content.length, 5), StandardCharsets.ISO_8859_1).startsWith("%PDF");
    }

    /** UTF-8 (its byte-order mark dropped) when the bytes are UTF-8, otherwise Windows-1256, as Excel in Arabic saves. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, ARABIC_WINDOWS);
        }
    }
}

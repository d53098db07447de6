package org.ektefaa.beneficiaries.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.ektefaa.platform.api.RuleViolation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook read as a stream (POI's {@link XSSFReader} and a SAX handler), never as POI's whole object model:
 * a sheet of 10,000 rows took about 40 KB of heap per row that way, and two administrators checking files at once
 * would not have fitted the server (issue #25). Only the cells' text is kept, row by row, with each row's number, the
 * count of formula cells (their values as Excel last calculated them, never evaluated) and the merged regions.
 */
final class SheetStream {

    /** A sheet as read: its rows with text, each row's number in the spreadsheet, its formulas and merged regions. */
    record Raw(String name, List<List<String>> rows, List<Integer> lines, int formulas, List<CellRangeAddress> merged,
               boolean hidden) {

        /** A sheet the workbook hides: not read, only named. */
        static Raw hidden(String name) {
            return new Raw(name, List.of(), List.of(), 0, List.of(), true);
        }
    }

    private SheetStream() {
    }

    /** The sheets of the workbook {@code content}, in the workbook's order; those it hides only named. */
    static List<Raw> read(byte[] content) throws IOException {
        try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pack);
            Set<String> hidden = hiddenSheets(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<Raw> read = new ArrayList<>();
            org.apache.poi.xssf.model.SharedStrings strings = reader.getSharedStringsTable();
            org.apache.poi.xssf.model.StylesTable styles = reader.getStylesTable();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    read.add(hidden.contains(sheets.getSheetName()) ? Raw.hidden(sheets.getSheetName())
                            : sheet(sheets.getSheetName(), sheet, strings, styles));
                }
            }
            return read;
        } catch (OpenXML4JException | SAXException notAWorkbook) {
            throw new IOException(notAWorkbook);
        }
    }

    private static Raw sheet(String name, InputStream xml, org.apache.poi.xssf.model.SharedStrings strings,
                             org.apache.poi.xssf.model.StylesTable styles) throws IOException, SAXException {
        Cells cells = new Cells(name);
        XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, strings, cells, new PlainFormatter(), false);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader(); // no external entities, no DTD
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        parser.setContentHandler(new Watching(handler, cells));
        parser.parse(new InputSource(xml));
        return new Raw(name, cells.rows, cells.lines, cells.formulas, cells.merged, false);
    }

    /** The names of the sheets the workbook hides (left out and named in a note). */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, SAXException, OpenXML4JException {
        Set<String> hidden = new HashSet<>();
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                if ("sheet".equals(local) && attributes.getValue("state") != null
                        && !"visible".equals(attributes.getValue("state"))) {
                    hidden.add(attributes.getValue("name"));
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return hidden;
    }

    /** A number as the person typed it (no exponent, no trailing zeros); a date cell as its ISO day. */
    static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** The rows with text, cell by cell: a blank cell between two others kept blank. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> row;
        private int formulas;
        /** The type of the cell being read ({@code t} of its {@code <c>}): "e" an error, "n" or none a number. */
        private String type;

        Cells(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            if (rows.size() > SheetReader.MOST_ROWS) {
                throw new RuleViolation("import.error.tooLong", sheet, SheetReader.MOST_ROWS);
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                row.remove(row.size() - 1);
            }
            if (!row.isEmpty()) {
                rows.add(row);
                lines.add(rowNum + 1);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            if (column >= SheetReader.MOST_COLUMNS) {
                throw new RuleViolation("import.error.tooWide", sheet, SheetReader.MOST_COLUMNS);
            }
            while (row.size() < column) {
                row.add("");
            }
            row.add(text(value));
        }

        private String text(String value) {
            if (value == null || "e".equals(type)) {
                return ""; // an error (#N/A, #DIV/0!) is no value
            }
            String text = value.strip();
            if ((type == null || "n".equals(type)) && !text.isEmpty()) {
                try {
                    return new BigDecimal(text).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException formatted) {
                    return text; // a day, already written as its ISO date
                }
            }
            return text;
        }
    }

    /** Passes the sheet's XML on to POI's handler, noting what it does not report: cell types, formulas, merges. */
    private static final class Watching extends DefaultHandler {
        private final ContentHandler to;
        private final Cells cells;

        Watching(ContentHandler to, Cells cells) {
            this.to = to;
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            switch (local) {
                case "c" -> cells.type = attributes.getValue("t");
                case "f" -> cells.formulas++;
                case "mergeCell" -> cells.merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                default -> { }
            }
            to.startElement(uri, local, qName, attributes);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            to.endElement(uri, local, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            to.characters(ch, start, length);
        }
    }
}

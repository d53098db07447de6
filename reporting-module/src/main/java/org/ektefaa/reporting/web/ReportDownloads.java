package org.ektefaa.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.reporting.boundary.Reports;
import org.ektefaa.reporting.boundary.Receipts;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.entity.ArchivedReport;

/**
 * Staff downloads (roles in the module's web-fragment): an archived report ({@code /reporting/file?id=}), the
 * CSV behind a report ({@code /reporting/export?kind=&from=&to=&lang=}, UTF-8 with a byte-order mark so
 * spreadsheet programs read Arabic; {@code &format=xlsx} for an Excel workbook) and a request's receipt ({@code /reporting/receipt?tracking=&lang=}).
 */
@WebServlet({"/reporting/file", "/reporting/export", "/reporting/receipt"})
public class ReportDownloads extends HttpServlet {

    @Inject
    org.ektefaa.reporting.boundary.ReportContents contents;

    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("[=+\\-@\\t\\r\\n]");

    @Inject
    Reports reports;

    @Inject
    Receipts receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            switch (request.getServletPath()) {
                case "/reporting/file" -> file(request, response);
                case "/reporting/export" -> export(request, response);
                default -> receipt(request, response);
            }
        } catch (RuleViolation | IllegalArgumentException | NullPointerException | DateTimeParseException bad) {
            // a missing or malformed parameter: there is no such report
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void file(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ArchivedReport> report = reports.archived(Long.parseLong(request.getParameter("id")));
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ArchivedReport r = report.get();
        pdf(response, r.getPdf(), r.getKind().toLowerCase() + "-" + r.getPeriodStart() + "-" + r.getLanguage() + ".pdf");
    }

    private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reports.Kind kind = Reports.Kind.valueOf(request.getParameter("kind"));
        Period period = new Period(LocalDate.parse(request.getParameter("from")), LocalDate.parse(request.getParameter("to")));
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ar";
        if ("xlsx".equals(request.getParameter("format"))) {
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            for (ReportLine line : contents.lines(kind, period, new Wording(language))) {
                if (!"IMAGE".equals(line.getKind()) && !"BREAK".equals(line.getKind())) {
                    String[] cells = line.cells();
                    rows.add(java.util.Arrays.copyOfRange(cells, 1, cells.length));
                }
            }
            byte[] workbook = org.ektefaa.reporting.control.Spreadsheets.xlsx(kind.name(), rows, "ar".equals(language));
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", disposition(kind.name().toLowerCase() + "-" + period.start() + ".xlsx",
                    true));
            response.setContentLength(workbook.length);
            response.getOutputStream().write(workbook);
            return;
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (ReportLine line : contents.lines(kind, period, new Wording(language))) {
            if (!"IMAGE".equals(line.getKind()) && !"BREAK".equals(line.getKind())) {
                String[] cells = line.cells();
                for (int i = 0; i < cells.length; i++) {
                    csv.append(i == 0 ? "" : ",").append(quoted(cells[i]));
                }
                csv.append("\r\n");
            }
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", disposition(kind.name().toLowerCase() + "-" + period.start() + ".csv", true));
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void receipt(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tracking = request.getParameter("tracking");
        pdf(response, receipts.receipt(tracking, "en".equals(request.getParameter("lang")) ? "en" : "ar"),
                "receipt-" + tracking.replaceAll("[^0-9-]", "") + ".pdf");
    }

    /**
     * A cell as CSV wants it, and never a formula a spreadsheet would run: a cell beginning with a formula sign,
     * a tab or a line break gets a leading apostrophe, whatever follows (line breaks included).
     */
    static String quoted(String cell) {
        if (cell == null) {
            return "";
        }
        String safe = FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /**
     * The one way every download names its file: OmniFaces writes the plain name and the RFC 5987 {@code filename*}
     * (UTF-8, percent-encoded), so an Arabic name survives and no quote or line break in it reaches the header.
     */
    static String disposition(String fileName, boolean attachment) {
        return org.omnifaces.util.Servlets.formatContentDispositionHeader(fileName, attachment);
    }

    static void pdf(HttpServletResponse response, byte[] pdf, String name) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", disposition(name, false));
        response.setContentLength(pdf.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(pdf);
        }
    }
}

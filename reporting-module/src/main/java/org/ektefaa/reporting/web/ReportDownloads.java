package org.ektefaa.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.reporting.boundary.Reports;
import org.ektefaa.reporting.boundary.Receipts;
import org.ektefaa.reporting.control.Exports;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.entity.ArchivedReport;

/**
 * Staff downloads (roles in the module's web-fragment): an archived report ({@code /reporting/file?id=}), the
 * CSV behind a report ({@code /reporting/export?kind=&from=&to=&lang=}, UTF-8 with a byte-order mark so
 * spreadsheet programs read Arabic; {@code &format=xlsx} for an Excel workbook), the governance evidence pack
 * ({@code /reporting/evidence?lang=}, a ZIP) and a request's receipt ({@code /reporting/receipt?tracking=&lang=}).
 */
@WebServlet({"/reporting/file", "/reporting/export", "/reporting/receipt", "/reporting/evidence"})
public class ReportDownloads extends HttpServlet {

    @Inject
    org.ektefaa.reporting.boundary.ReportContents contents;

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    Receipts receipts;

    @Inject
    org.ektefaa.reporting.boundary.EvidencePack evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            switch (request.getServletPath()) {
                case "/reporting/file" -> file(request, response);
                case "/reporting/export" -> export(request, response);
                case "/reporting/evidence" -> evidence(request, response);
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
        Wording w = new Wording(language);
        java.util.List<ReportLine> lines = contents.lines(kind, period, w);
        String name = kind.name().toLowerCase() + "-" + period.start();
        byte[] file;
        if ("xlsx".equals(request.getParameter("format"))) {
            file = Exports.xlsx(w.t(kind.titleKey()), lines, period, w);
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            name += ".xlsx";
        } else {
            file = Exports.csv(lines, period, w);
            response.setContentType("text/csv; charset=UTF-8");
            name += ".csv";
        }
        response.setHeader("Content-Disposition", disposition(name, true));
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    /** The governance evidence pack (issue #23): one ZIP with its manifest of SHA-256 sums. */
    private void evidence(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ar";
        byte[] zip = evidence.zip(language);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", disposition("governance-evidence-" + java.time.LocalDate.now() + "-"
                + language + ".zip", true));
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }

    private void receipt(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tracking = request.getParameter("tracking");
        pdf(response, receipts.receipt(tracking, "en".equals(request.getParameter("lang")) ? "en" : "ar"),
                "receipt-" + tracking.replaceAll("[^0-9-]", "") + ".pdf");
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

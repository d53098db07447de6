package org.ektefaa.beneficiaries.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Downloads from a beneficiary file, for signed-in staff (the paths are protected in web-fragment.xml):
 * {@code /beneficiaries/document?id=} an uploaded document; {@code /beneficiaries/export?id=} everything held
 * about the person as JSON (PDPL right of access). The boundary writes each to the access log.
 */
@WebServlet({"/beneficiaries/document", "/beneficiaries/export"})
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}") || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long key = Long.parseLong(id);
        String staff = request.getUserPrincipal().getName();
        try {
            if (request.getServletPath().endsWith("/export")) {
                send(response, files.export(key, staff).getBytes(StandardCharsets.UTF_8),
                        "application/json;charset=UTF-8", "beneficiary-" + key + ".json");
            } else {
                FileDocument document = files.documentsById(key);
                String extension = document.getContentType().substring(document.getContentType().indexOf('/') + 1);
                send(response, files.documentContent(key, staff), document.getContentType(),
                        "document-" + key + "." + ("jpeg".equals(extension) ? "jpg" : extension));
            }
        } catch (RuleViolation missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, byte[] content, String type, String fileName)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

package org.ektefaa.beneficiaries.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.platform.api.RuleViolation;

/** Streams an uploaded document to a member of staff (the path is protected in web-fragment.xml). */
@WebServlet("/beneficiaries/document")
public class DocumentServlet extends HttpServlet {

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
        try {
            long documentId = Long.parseLong(id);
            FileDocument document = files.documentsById(documentId);
            byte[] content = files.documentContent(documentId, request.getUserPrincipal().getName());
            response.setContentType(document.getContentType());
            response.setHeader("Content-Disposition", "attachment; filename=\"document-" + documentId
                    + (document.getContentType().endsWith("pdf") ? ".pdf" : document.getContentType().endsWith("png") ? ".png" : ".jpg") + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        } catch (RuleViolation missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

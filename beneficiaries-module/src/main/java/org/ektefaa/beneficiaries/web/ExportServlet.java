package org.ektefaa.beneficiaries.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles;
import org.ektefaa.platform.api.RuleViolation;

/** Everything held about one person as a JSON download (PDPL right of access); logged by the boundary. */
@WebServlet("/beneficiaries/export")
public class ExportServlet extends HttpServlet {

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
            byte[] json = files.export(Long.parseLong(id), request.getUserPrincipal().getName())
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"beneficiary-" + id + ".json\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
        } catch (RuleViolation missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

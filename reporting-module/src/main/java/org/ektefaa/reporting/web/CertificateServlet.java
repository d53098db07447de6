package org.ektefaa.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.reporting.boundary.Receipts;
import org.ektefaa.volunteering.api.CurrentVolunteer;

/**
 * {@code /public/volunteer-certificate}: the certificate of hours of the volunteer whose personal link opened
 * this session; anyone else gets 404.
 */
@WebServlet("/public/volunteer-certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;


    @Inject
    Receipts receipts;

    @Inject
    CurrentVolunteer volunteer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<Long> id = volunteer.volunteerId();
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            ReportDownloads.pdf(response, receipts.certificate(id.get()), "certificate.pdf");
        } catch (RuleViolation none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

package org.ektefaa.requests.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ektefaa.requests.boundary.Requests;

/** {@code /requests/attachment?id=}: a request's attachment, for the staff who see requests (web-fragment). */
@WebServlet("/requests/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException bad) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var found = requests.attachment(id);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = found.get().getValue();
        response.setContentType(found.get().getKey().getContentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(found.get().getKey().getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }
}

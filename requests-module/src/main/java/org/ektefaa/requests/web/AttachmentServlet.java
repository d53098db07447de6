package org.ektefaa.requests.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
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
        // as every download: the plain name and RFC 5987's filename* (OmniFaces)
        response.setHeader("Content-Disposition",
                org.omnifaces.util.Servlets.formatContentDispositionHeader(found.get().getKey().getFileName(), true));
        response.setContentLength(content.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }
}

package org.ektefaa.eligibility.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.ektefaa.eligibility.boundary.VisitPhotos;

/**
 * {@code /eligibility/visit-photo?id=}: a home visit's photo (issue #26), for the staff who read files' eligibility
 * (web-fragment); while the visit is to be done, only for its researcher. {@code /public/field-visit-photo?id=}: a
 * photo of the visit the volunteer of this session took, while it is to be done, and nothing else. Never cached;
 * shown in the page, not downloaded under a name.
 */
@WebServlet({"/eligibility/visit-photo", "/public/field-visit-photo"})
public class VisitPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VisitPhotos photos;

    @Inject
    transient org.ektefaa.eligibility.boundary.VolunteerVisits volunteerPhotos;

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
        if (request.getServletPath().startsWith("/public/") && request.getSession(false) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // no volunteer's session: nothing, and none made
            return;
        }
        var found = request.getServletPath().startsWith("/public/") ? volunteerPhotos.photo(id) : photos.content(id);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = found.get().getValue();
        response.setContentType(found.get().getKey().getContentType());
        response.setHeader("Content-Disposition", "inline");
        response.setContentLength(content.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }
}

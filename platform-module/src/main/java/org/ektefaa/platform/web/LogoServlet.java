package org.ektefaa.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ektefaa.platform.boundary.Settings;

/** The association's logo, for the shell, the login page and public pages. */
@WebServlet("/association/logo")
public class LogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Settings.Logo> logo = settings.logo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().contentType());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(logo.get().image().length);
        response.getOutputStream().write(logo.get().image());
    }
}

package org.ektefaa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Another site cannot make a signed-in employee's browser act here. The session cookie is {@code SameSite=Lax},
 * which still sends it with a top-level navigation from another site: a link elsewhere could open a file (and
 * write "opened" into its access log) or an export in the employee's name. Browsers say where a request comes
 * from ({@code Sec-Fetch-Site}, Fetch Metadata); a request from another site reaches only the public parts, the
 * sign-in page and the start page — a navigation to anything else is sent to the start page, any other request is
 * refused. Downloads that write to the access log are posts besides (the Faces view state is their token), and
 * the language of a signed-in employee changes only by the switch, a post. Paths are compared as the container
 * serves them ({@code RequestPaths}), so {@code /public/..%2fbeneficiaries/...} is no way round. A GET carrying a
 * Faces view state is refused: Faces would otherwise run the form's action from it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What another site may link to or load. */
    private static final List<String> OPEN = List.of("/login.xhtml", "/index.xhtml", "/public/", "/error/",
            "/jakarta.faces.resource/", "/resources/", "/association/logo", "/health");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = org.ektefaa.platform.api.web.RequestPaths.of(request);
        if ("GET".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") != null) {
            // Faces would run a form's action from a GET carrying its view state: actions are posts, always
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site")) && !path.equals("/")
                && OPEN.stream().noneMatch(path::startsWith)) {
            if ("GET".equals(request.getMethod()) && "navigate".equals(request.getHeader("Sec-Fetch-Mode"))) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + "/index.xhtml");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}

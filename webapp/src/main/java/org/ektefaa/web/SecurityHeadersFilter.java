package org.ektefaa.web;

import jakarta.inject.Inject;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ektefaa.platform.api.Allowances;
import org.ektefaa.platform.api.web.SecurityHeaders;

/**
 * Every response, whatever answers it, carries the security headers ({@link SecurityHeaders}), including
 * error pages and refusals (it also runs on error and forward dispatches). And nothing a visitor sends can fill
 * the server's log or reach them as a stack trace:
 * <ul>
 * <li>a failure that escapes a page or download (a forged or expired view state, an oversized post, a bug) is
 *     answered here with the translated error page, and written to the log as one line — the exception's type,
 *     the address and the status, never the parameters — at most {@value #LINES_PER_MINUTE} lines a minute, the
 *     rest counted and reported with the next line. The container and OmniFaces never see it, so they write
 *     no stack trace. A failure while a member of staff is signed in (a real defect to look into) keeps its
 *     stack trace, within the same allowance;</li>
 * <li>an include fragment (a piece of a page, such as {@code requests/list-editor.xhtml}) opened by its own
 *     address is "page not found" instead of a page rendered without its parameters.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    transient SecurityHeaders headers;

    @Inject
    transient Allowances allowances;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());
    static final int LINES_PER_MINUTE = 20;

    private final AtomicLong suppressed = new AtomicLong();
    private final Map<String, Boolean> fragments = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(request, response);
        if (request.getDispatcherType() == DispatcherType.REQUEST && isFragment(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (request.getDispatcherType() != DispatcherType.REQUEST) {
                throw failure;
            }
            answer(request, response, failure);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        int status = root instanceof ViewExpiredException ? HttpServletResponse.SC_BAD_REQUEST
                : root instanceof SecurityException ? HttpServletResponse.SC_FORBIDDEN // a boundary refused the caller
                : String.valueOf(root.getMessage()).contains("Post too large") ? 413
                : root.getClass().getName().contains("fileupload") ? HttpServletResponse.SC_BAD_REQUEST // malformed multipart
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (allowances.named("log.failed-requests", LINES_PER_MINUTE, Duration.ofMinutes(1)).tryAcquire("all")) {
            long skipped = suppressed.getAndSet(0);
            String line = status + " " + request.getMethod() + " " + request.getRequestURI() + ": "
                    + root.getClass().getName() + (skipped > 0 ? " (" + skipped + " similar lines not written)" : "");
            boolean staffDefect = status == 500 && request.getUserPrincipal() != null;
            LOG.log(staffDefect ? Level.SEVERE : Level.INFO, line, staffDefect ? failure : null);
        } else {
            suppressed.incrementAndGet();
        }
        if (!response.isCommitted()) {
            response.reset();
            headers.apply(request, response);
            response.sendError(status);
        }
    }

    /** Whether an .xhtml address is a piece of a page (no template, no html element) rather than a page. */
    private boolean isFragment(String path) {
        if (!path.endsWith(".xhtml")) {
            return false;
        }
        return fragments.computeIfAbsent(path, p -> {
            try {
                URL resource = getServletContext().getResource(p);
                if (resource == null) {
                    return false;
                }
                try (InputStream in = resource.openStream()) {
                    String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return !source.contains("template=\"") && !source.contains("<html");
                }
            } catch (IOException e) {
                return false;
            }
        });
    }
}

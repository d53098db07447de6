package org.ektefaa.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, whoever answers: a page, a download, an error page, a refusal, or the
 * sign-in mechanism's redirect (which answers before any filter runs, so it applies them itself). Inject it; the
 * platform's kernel implements it.
 *
 * <p>The Content-Security-Policy allows resources from this site only, no framing, no plugins, no foreign form
 * targets or base URIs. Inline scripts are still allowed because Faces and PrimeFaces write them into every page
 * (PrimeFaces' nonce mode broke post-backs after sign-in; see web.xml), so output escaping remains the defence
 * against XSS.
 */
public interface SecurityHeaders {

    String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline';"
            + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Sets the headers on {@code response} unless it is already committed. */
    void apply(HttpServletRequest request, HttpServletResponse response);
}

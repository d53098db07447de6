package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.ektefaa.platform.api.web.ClientAddress;
import org.ektefaa.platform.api.web.SecurityHeaders;
import jakarta.servlet.http.HttpServletResponse;

/** {@link SecurityHeaders} as response headers; HSTS when the person came over HTTPS ({@link ClientAddress}). */
@ApplicationScoped
public class ResponseHeaders implements SecurityHeaders {

    @Inject
    ClientAddress addresses;

    @Override
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        // the site's own pages may ask for the position (a home visit's optional location, issue #26); nothing else may
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        if (addresses.overHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}

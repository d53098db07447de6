package org.ektefaa.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the person behind a request, for the allowances per address (sign-in attempts, website
 * requests, status look-ups, volunteer registrations). Behind a reverse proxy every request comes from the
 * proxy's address, and one person's mistakes would block everyone: the proxies named in
 * {@code EKTEFAA_TRUSTED_PROXIES} ({@code ektefaa.trusted-proxies}, addresses separated by commas; none by
 * default) are looked through, to the last address of {@code X-Forwarded-For} that they did not add themselves.
 * A request that does not come from a trusted proxy is taken at its word's address, whatever header it sends.
 * Inject it; the platform's kernel implements it.
 */
public interface ClientAddress {

    String of(HttpServletRequest request);

    /**
     * Whether the person reached the application over HTTPS: directly, or through a trusted reverse proxy that
     * ended TLS and said so in {@code X-Forwarded-Proto} (a header from anyone else is not believed).
     */
    boolean overHttps(HttpServletRequest request);
}

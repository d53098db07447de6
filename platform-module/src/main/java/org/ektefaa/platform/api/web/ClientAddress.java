package org.ektefaa.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the person behind a request, for the allowances per address (sign-in attempts, website
 * requests, status look-ups, volunteer registrations). Behind a reverse proxy every request comes from the
 * proxy's address, and one person's mistakes would block everyone: the proxies named in
 * {@code EKTEFAA_TRUSTED_PROXIES} ({@code ektefaa.trusted-proxies}, addresses separated by commas; none by
 * default) are looked through, to the last address of {@code X-Forwarded-For} that they did not add themselves.
 * A request that does not come from a trusted proxy is taken at its word's address, whatever header it sends.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /**
     * Whether the person reached the application over HTTPS: directly, or through a trusted reverse proxy that
     * ended TLS and said so in {@code X-Forwarded-Proto} (a header from anyone else is not believed).
     */
    public static boolean overHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && "https".equalsIgnoreCase(proto.split(",")[0].trim())
                && trustedProxies().contains(request.getRemoteAddr());
    }

    private static Set<String> trustedProxies() {
        String trusted = ConfigProvider.getConfig().getOptionalValue("ektefaa.trusted-proxies", String.class).orElse("");
        return Arrays.stream(trusted.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    static String of(String remote, String forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return remote;
    }
}

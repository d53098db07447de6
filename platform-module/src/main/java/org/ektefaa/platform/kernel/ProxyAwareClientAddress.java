package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.ektefaa.platform.api.web.ClientAddress;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@link ClientAddress} looking through the proxies named in {@code EKTEFAA_TRUSTED_PROXIES}
 * ({@code ektefaa.trusted-proxies}), read once.
 */
@ApplicationScoped
public class ProxyAwareClientAddress implements ClientAddress {

    private volatile Set<String> trusted;

    @Override
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    @Override
    public boolean overHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && "https".equalsIgnoreCase(proto.split(",")[0].trim())
                && trustedProxies().contains(request.getRemoteAddr());
    }

    private Set<String> trustedProxies() {
        Set<String> known = trusted;
        if (known == null) {
            known = read();
            trusted = known;
        }
        return known;
    }

    private static Set<String> read() {
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

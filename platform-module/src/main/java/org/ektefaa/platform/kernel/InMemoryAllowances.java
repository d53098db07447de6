package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ektefaa.platform.api.Allowances;
import org.ektefaa.platform.api.web.ClientAddress;

/**
 * The allowances of this server, one {@link SlidingWindow} per name, kept for the server's life (the terms of its
 * first request stand).
 */
@ApplicationScoped
public class InMemoryAllowances implements Allowances {

    private final Map<String, SlidingWindow> byName = new ConcurrentHashMap<>();

    @Inject
    ClientAddress addresses;

    @Inject
    HttpServletRequest request;

    @Override
    public Allowance named(String name, int limit, Duration window) {
        return byName.computeIfAbsent(name, n -> new SlidingWindow(limit, window, Clock.systemUTC()));
    }

    @Override
    public boolean visitorMay(String name, int limit, Duration window) {
        return named(name, limit, window).tryAcquire(addresses.of(request));
    }
}

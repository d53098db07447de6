package org.ektefaa.platform.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} actions per key (a client address) within a sliding window: for public pages that
 * anyone may call (status lookups, public forms). In memory, per server.
 */
public final class RateLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    public RateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one action for {@code key}; false when the key has used up its allowance. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
        }
        if (seen.size() > 50_000) {
            seen.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(window));
                }
            });
        }
        return true;
    }
}

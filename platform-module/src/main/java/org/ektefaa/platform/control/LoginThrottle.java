package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failed sign-ins are counted per user name and per client address over a
 * sliding window; past the limit, that name (or address) is refused without checking the password until
 * the window has passed. Names that do not exist are counted too, so the answer never tells whether an
 * account exists. Kept in memory: each server of a cluster counts on its own (the limit per server is
 * still small), and a restart forgets.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures allowed per user name within the window. */
    public static final int MAX_FAILURES_PER_USER = 5;
    /** Failures allowed per client address within the window (an office shares one address). */
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying this name from this address, if at all. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        return longest(wait(userKey(username), MAX_FAILURES_PER_USER, now),
                wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> isStale(e.getValue(), now));
        }
    }

    /** A correct password clears the name's failures (not the address's: others may be guessing from it). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The window frees up when the oldest failure that keeps the count at the limit expires.
            Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestCounted.plus(WINDOW)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private static boolean isStale(Deque<Instant> times, Instant now) {
        synchronized (times) {
            prune(times, now);
            return times.isEmpty();
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}

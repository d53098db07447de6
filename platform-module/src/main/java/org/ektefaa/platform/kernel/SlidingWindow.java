package org.ektefaa.platform.kernel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.ektefaa.platform.api.Allowances;

/**
 * The allowance of {@link Allowances}: at most {@code limit} actions per key (a client address, a user name) within a sliding window: for public pages that
 * anyone may call (status lookups, public forms), for password guessing ({@code LoginThrottle}) and for log lines. The
 * one limiter of the application. In memory, per server; keys idle for a whole window are forgotten by the cache
 * (Caffeine), which also bounds how many it keeps.
 */
public final class SlidingWindow implements Allowances.Allowance {

    private static final long MOST_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> seen;

    public SlidingWindow(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.seen = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(MOST_KEYS).build();
    }

    /** Counts one action for {@code key}; false (and nothing counted) when the key has used up its allowance. */
    @Override
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = seen.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Counts one action for {@code key} whatever its allowance (a failed sign-in is one, even when refused). */
    @Override
    public void record(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = seen.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** How long until {@code key} may act again, when it has used up its allowance. */
    @Override
    public Optional<Duration> blockedFor(String key) {
        Deque<Instant> times = seen.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // the window frees up when the oldest action that keeps the count at the limit leaves it
            Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestCounted.plus(window)));
        }
    }

    /** Forgets what {@code key} did. */
    @Override
    public void clear(String key) {
        seen.invalidate(key);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}

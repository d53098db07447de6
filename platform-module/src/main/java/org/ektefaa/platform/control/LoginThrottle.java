package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.ektefaa.platform.kernel.SlidingWindow;

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

    private final SlidingWindow perUser;
    private final SlidingWindow perAddress;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.perUser = new SlidingWindow(MAX_FAILURES_PER_USER, WINDOW, clock);
        this.perAddress = new SlidingWindow(MAX_FAILURES_PER_ADDRESS, WINDOW, clock);
    }

    /** How long the caller must wait before trying this name from this address, if at all. */
    public Optional<Duration> blockedFor(String username, String address) {
        return longest(perUser.blockedFor(userKey(username)), perAddress.blockedFor(String.valueOf(address)));
    }

    public void failed(String username, String address) {
        perUser.record(userKey(username));
        perAddress.record(String.valueOf(address));
    }

    /** A correct password clears the name's failures (not the address's: others may be guessing from it). */
    public void succeeded(String username) {
        perUser.clear(userKey(username));
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
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}

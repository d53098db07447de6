package org.ektefaa.platform.api;

import java.time.Duration;
import java.util.Optional;

/**
 * How often anyone may do something (look up a request's status, register as a volunteer, guess a password, write a
 * log line): at most so many times per key (a client address, a user name) within a sliding window. Inject it and
 * ask for a named allowance; the same name gives the same counts to every caller on this server. The platform's
 * kernel implements it in memory, per server, forgetting keys idle for a whole window.
 */
public interface Allowances {

    /** The allowance called {@code name}: {@code limit} actions per key within {@code window}. */
    Allowance named(String name, int limit, Duration window);

    /**
     * Counts one action of the visitor behind the current request (a public page's form), keyed by their address as
     * {@link org.ektefaa.platform.api.web.ClientAddress} sees it through trusted proxies; false, and nothing counted,
     * when they have used up {@code limit} within {@code window}.
     */
    boolean visitorMay(String name, int limit, Duration window);

    /** One allowance, counted per key. */
    interface Allowance {

        /** Counts one action for {@code key}; false (and nothing counted) when the key has used up its allowance. */
        boolean tryAcquire(String key);

        /** Counts one action for {@code key} whatever its allowance (a failed sign-in is one, even when refused). */
        void record(String key);

        /** How long until {@code key} may act again, when it has used up its allowance. */
        Optional<Duration> blockedFor(String key);

        /** Forgets what {@code key} did. */
        void clear(String key);
    }
}

package org.ektefaa.platform.api;

import java.util.Optional;

/**
 * Who is calling a boundary, as the container knows it — never a name a page passes in. The {@link SystemActor}
 * when code runs as the system (timers, start-up, demo data, in-container tests), otherwise the employee signed
 * in to this request. What a boundary records ("verified by", "decided by", the audit trail) comes from here, so
 * a page cannot write someone else's name into the record. Inject it; the platform's kernel implements it.
 */
public interface Caller {

    /** The caller's name; {@link AccessRefused} when nobody is signed in and the system is not running. */
    default String name() {
        return current().orElseThrow(() -> new AccessRefused("a boundary that records its caller, called by nobody"));
    }

    /** The caller's name, or {@code anonymous} for a visitor of a public page (for example "website"). */
    default String nameOr(String anonymous) {
        return current().orElse(anonymous);
    }

    /** The system actor or the signed-in employee, if either. */
    Optional<String> current();

    /** Whether the caller is the system, or an employee holding one of {@code roles}. */
    boolean isSystemOrIn(String... roles);
}

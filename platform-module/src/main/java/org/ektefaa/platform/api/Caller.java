package org.ektefaa.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is calling a boundary, as the container knows it — never a name a page passes in. The {@link SystemActor}
 * when code runs as the system (timers, start-up, demo data, in-container tests), otherwise the employee signed
 * in to this request. What a boundary records ("verified by", "decided by", the audit trail) comes from here, so
 * a page cannot write someone else's name into the record.
 */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityContext security;

    /** The caller's name; {@link AccessRefused} when nobody is signed in and the system is not running. */
    public String name() {
        return current().orElseThrow(() -> new AccessRefused("a boundary that records its caller, called by nobody"));
    }

    /** The caller's name, or {@code anonymous} for a visitor of a public page (for example "website"). */
    public String nameOr(String anonymous) {
        return current().orElse(anonymous);
    }

    /** The system actor or the signed-in employee, if either. */
    public Optional<String> current() {
        Optional<String> system = SystemActor.current();
        if (system.isPresent()) {
            return system;
        }
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    /** Whether the caller is the system, or an employee holding one of {@code roles}. */
    public boolean isSystemOrIn(String... roles) {
        return SystemActor.current().isPresent() || Arrays.stream(roles).anyMatch(security::isCallerInRole);
    }
}

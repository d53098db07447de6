package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.SystemActor;

/** The {@link Caller} as the container knows it: the system actor, or the employee signed in to this request. */
@ApplicationScoped
public class SecurityContextCaller implements Caller {

    @Inject
    SecurityContext security;

    /** The system actor or the signed-in employee, if either. */
    @Override
    public Optional<String> current() {
        Optional<String> system = SystemActor.current();
        if (system.isPresent()) {
            return system;
        }
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    /** Whether the caller is the system, or an employee holding one of {@code roles}. */
    @Override
    public boolean isSystemOrIn(String... roles) {
        return SystemActor.current().isPresent() || Arrays.stream(roles).anyMatch(security::isCallerInRole);
    }
}

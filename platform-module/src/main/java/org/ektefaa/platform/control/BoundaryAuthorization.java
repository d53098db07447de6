package org.ektefaa.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;
import org.ektefaa.platform.api.AccessRefused;
import org.ektefaa.platform.api.SystemActor;

/**
 * Authorization at the boundary, not only at the address: a boundary method annotated {@code @RolesAllowed} runs
 * only for a caller in one of those roles (or for the {@link SystemActor}); otherwise {@link AccessRefused}.
 * {@code @PermitAll} marks what anyone may call (the public pages' own work). The standard annotations are
 * enforced by the EJB container only; this interceptor gives them the same meaning on the CDI beans our boundaries
 * are, and {@link Registration} makes {@code @RolesAllowed} an interceptor binding whose role list does not
 * choose the interceptor. {@code ArchitectureTest} fails when a public boundary method declares neither.
 */
@Interceptor
@RolesAllowed({})
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class BoundaryAuthorization implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @AroundInvoke
    Object authorize(InvocationContext invocation) throws Exception {
        RolesAllowed allowed = invocation.getMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = invocation.getMethod().getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null || invocation.getMethod().isAnnotationPresent(PermitAll.class)
                || SystemActor.current().isPresent()
                || Arrays.stream(allowed.value()).anyMatch(security::isCallerInRole)) {
            return invocation.proceed();
        }
        throw new AccessRefused(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName());
    }

    /** Registers {@code @RolesAllowed} as an interceptor binding, its {@code value} non-binding. */
    public static class Registration implements Extension {

        void register(@Observes BeforeBeanDiscovery discovery) {
            discovery.configureInterceptorBinding(RolesAllowed.class).methods()
                    .forEach(method -> method.add(Nonbinding.Literal.INSTANCE));
        }
    }
}

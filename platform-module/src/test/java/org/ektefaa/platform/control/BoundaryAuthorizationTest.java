package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.ektefaa.platform.api.AccessRefused;
import org.ektefaa.platform.api.SystemActor;
import org.junit.jupiter.api.Test;

class BoundaryAuthorizationTest {

    /** A boundary as the interceptor sees it. */
    static class Files {
        @RolesAllowed({"RELATIONS_OFFICER", "EXECUTIVE"})
        public String reveal() {
            return "1012345678";
        }
    }

    @Test
    void aCallerInOneOfTheRolesPassesAndAnyOtherIsRefused() throws Exception {
        assertThat(call(Set.of("EXECUTIVE"))).isEqualTo("1012345678");
        assertThatThrownBy(() -> call(Set.of("BOARD_MEMBER"))).isInstanceOf(AccessRefused.class)
                .hasMessageContaining("Files.reveal");
        assertThatThrownBy(() -> call(Set.of())).isInstanceOf(AccessRefused.class);
    }

    @Test
    void theSystemActorPassesOnlyWhereCodeAsksForIt() throws Exception {
        assertThat(SystemActor.call("timer", () -> call(Set.of()))).isEqualTo("1012345678");
        assertThat(SystemActor.current()).isEmpty();
        assertThatThrownBy(() -> call(Set.of())).isInstanceOf(AccessRefused.class);
    }

    private static Object call(Set<String> roles) throws Exception {
        BoundaryAuthorization authorization = new BoundaryAuthorization();
        authorization.security = (SecurityContext) Proxy.newProxyInstance(SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) ->
                        "isCallerInRole".equals(method.getName()) ? roles.contains((String) args[0]) : null);
        Method reveal = Files.class.getMethod("reveal");
        InvocationContext invocation = (InvocationContext) Proxy.newProxyInstance(InvocationContext.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> reveal;
                    case "proceed" -> new Files().reveal();
                    default -> null;
                });
        return authorization.authorize(invocation);
    }
}

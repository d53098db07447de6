package org.ektefaa.platform.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.ektefaa.platform.api.Role;

/**
 * Sign-in for the whole application: our own Faces login page ({@code /login.xhtml}) in front of
 * {@link StaffIdentityStore}. Which pages need which role is declared in the webapp's {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
        Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}

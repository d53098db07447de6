package org.ektefaa.platform.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.ektefaa.platform.api.Role;

/**
 * The roles of the application. Sign-in is {@link StaffAuthentication} (our own Faces login page in front of
 * {@code boundary.StaffIdentityStore}); which pages need which role is declared in the modules' {@code web-fragment.xml}.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
        Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}

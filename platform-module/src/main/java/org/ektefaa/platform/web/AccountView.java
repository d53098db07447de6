package org.ektefaa.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.List;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.boundary.StaffUsers;
import org.ektefaa.platform.entity.StaffUser;

/** The signed-in user's own account, for the shell and the dashboard's account widget. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    StaffUsers users;

    private StaffUser user;

    public StaffUser getUser() {
        if (user == null) {
            Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
            user = principal == null ? null : users.findActive(principal.getName()).orElse(null);
        }
        return user;
    }

    public List<Role> getRoles() {
        return getUser() == null ? List.of() : getUser().getRoles().stream().sorted().toList();
    }
}

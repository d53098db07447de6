package org.ektefaa.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.StaffUsers;
import org.ektefaa.platform.control.PasswordPolicy;
import org.ektefaa.platform.control.StaffSessions;

/** {@code /account/password.xhtml}: the signed-in user replaces their password (forced after a reset). */
@Named
@RequestScoped
public class PasswordChangeView {

    @Inject
    Notices notices;

    @Inject
    StaffUsers users;

    @Inject
    StaffSessions sessions;

    private String current;
    private String chosen;
    private String confirmation;

    public boolean isRequired() {
        java.security.Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return user != null && sessions.current(user.getName()).map(StaffSessions.AccountState::mustChangePassword)
                .orElse(false);
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String change() {
        if (!chosen.equals(confirmation)) {
            notices.error("plt", "password.error.confirmation");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String username = external.getUserPrincipal().getName();
        try {
            users.changeOwnPassword(current, chosen);
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
            return null;
        }
        // The account's other sessions end with the old password; this one goes on under a new id.
        sessions.begin((jakarta.servlet.http.HttpServletRequest) external.getRequest(),
                (jakarta.servlet.http.HttpServletResponse) external.getResponse(), username);
        notices.info("plt", "password.changed");
        notices.keepForRedirect();
        return "/index.xhtml?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

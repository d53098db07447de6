package org.ektefaa.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.StaffUsers;
import org.ektefaa.platform.entity.StaffUser;

/** {@code /admin/users.xhtml}: administrators create accounts, set roles, deactivate and reset passwords. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    StaffUsers users;

    private List<StaffUser> all;
    /** The account being edited; {@code id == null} for a new one. */
    private Long id;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private boolean active = true;
    /** Shown once, right after it was generated. */
    private String temporaryPassword;

    @PostConstruct
    void load() {
        all = users.all();
    }

    public void startNew() {
        id = null;
        version = 0;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
        active = true;
        temporaryPassword = null;
    }

    public void edit(StaffUser user) {
        id = user.getId();
        version = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        roles = new ArrayList<>(user.getRoles());
        active = user.isActive();
        temporaryPassword = null;
    }

    public void save() {
        if (roles == null || roles.isEmpty()) {
            // checked here rather than with required="true", which puts an aria attribute not allowed on the group
            notices.error("plt", "users.rolesRequired");
            return;
        }
        try {
            if (id == null) {
                temporaryPassword = users.create(username, displayName, email, EnumSet.copyOf(roles));
                notices.info("plt", "users.created", username);
                id = users.find(username).map(StaffUser::getId).orElse(null);
            } else {
                StaffUser saved = users.update(id, version, displayName, email, EnumSet.copyOf(roles), active);
                version = saved.getVersion();
                notices.info("plt", "users.saved", username);
            }
            load();
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    public void resetPassword() {
        try {
            temporaryPassword = users.resetPassword(id, version);
            notices.info("plt", "users.reset", username);
            load();
            all.stream().filter(u -> u.getId().equals(id)).findFirst().ifPresent(u -> version = u.getVersion());
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<StaffUser> getAll() {
        return all;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}

package org.ektefaa.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.AssociationProfileChanged;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/**
 * What every page's frame shows: the association profile (kept here, refreshed when an administrator
 * changes it, so that no page reads the database for its header) and the menu and dashboard widgets the
 * modules contribute, filtered by the user's roles.
 */
@Named
@ApplicationScoped
public class Shell {

    @Inject
    Instance<ShellContribution> contributions;

    @Inject
    Instance<AssociationProfile> storedProfile;

    private volatile AssociationProfile profile;
    private List<MenuEntry> menu;
    private List<DashboardWidget> widgets;
    private List<DashboardWidget> fileTabs;

    @PostConstruct
    void collect() {
        menu = contributions.stream().flatMap(c -> c.menuEntries().stream())
                .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        widgets = contributions.stream().flatMap(c -> c.dashboardWidgets().stream())
                .sorted(Comparator.comparingInt(DashboardWidget::order)).toList();
        fileTabs = contributions.stream().flatMap(c -> c.fileTabs().stream())
                .sorted(Comparator.comparingInt(DashboardWidget::order)).toList();
    }

    void on(@Observes AssociationProfileChanged changed) {
        profile = changed.profile();
    }

    public AssociationProfile getProfile() {
        AssociationProfile current = profile;
        if (current == null) {
            current = storedProfile.get();
            profile = current;
        }
        return current;
    }

    /** The menu entries the signed-in user may see. */
    public List<MenuEntry> getMenu() {
        Set<Role> roles = rolesOfCurrentUser();
        return menu.stream().filter(e -> e.visibleTo(roles)).toList();
    }

    /** The dashboard widgets the signed-in user may see. */
    public List<DashboardWidget> getWidgets() {
        Set<Role> roles = rolesOfCurrentUser();
        return widgets.stream().filter(w -> w.visibleTo(roles)).toList();
    }

    /** The tabs other modules add to the beneficiary's file that the signed-in user may see. */
    public List<DashboardWidget> getFileTabs() {
        Set<Role> roles = rolesOfCurrentUser();
        return fileTabs.stream().filter(w -> w.visibleTo(roles)).toList();
    }

    private static Set<Role> rolesOfCurrentUser() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}

package org.ektefaa.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** What the platform adds to the shell: administration entries and the account widget. */
@ApplicationScoped
public class PlatformShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("menu.users", "plt", "/admin/users.xhtml", "pi pi-users", 900, Set.of(Role.ADMIN)),
                new MenuEntry("menu.settings", "plt", "/admin/settings.xhtml", "pi pi-cog", 910, Set.of(Role.ADMIN)),
                new MenuEntry("menu.outbox", "plt", "/admin/outbox.xhtml", "pi pi-envelope", 930, Set.of(Role.ADMIN)),
                new MenuEntry("menu.texts", "plt", "/admin/texts.xhtml", "pi pi-comment", 925, Set.of(Role.ADMIN)),
                new MenuEntry("menu.policyVersions", "plt", "/admin/policy.xhtml", "pi pi-bookmark", 920, Set.of(Role.ADMIN)),
                new MenuEntry("menu.password", "plt", "/account/password.xhtml", "pi pi-key", 990, Set.of()));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("widget.account", "plt", "/account/widget.xhtml", 1000, Set.of()));
    }
}

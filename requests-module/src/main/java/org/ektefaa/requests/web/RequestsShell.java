package org.ektefaa.requests.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** The decision queue in the menu and on the executive's dashboard; the person's requests on their file. */
@ApplicationScoped
public class RequestsShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("menu.intake", "req", "/requests/intake.xhtml", "pi pi-phone", 150,
                        Set.of(Role.RELATIONS_OFFICER, Role.ADMIN)),
                new MenuEntry("menu.list", "req", "/requests/list.xhtml", "pi pi-list", 160,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.QUALITY_OFFICER, Role.ADMIN)),
                new MenuEntry("menu.decisions", "req", "/requests/decisions.xhtml", "pi pi-check-circle", 200,
                        Set.of(Role.EXECUTIVE, Role.ADMIN)),
                new MenuEntry("menu.catalogue", "req", "/requests/catalogue.xhtml", "pi pi-box", 900, Set.of(Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(
                new DashboardWidget("widget.decisions", "req", "/requests/widget.xhtml", 50,
                        Set.of(Role.EXECUTIVE, Role.ADMIN)),
                new DashboardWidget("widget.requests", "req", "/requests/requests-widget.xhtml", 60,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.QUALITY_OFFICER, Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> fileTabs() {
        Set<Role> fileRoles = Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN);
        return List.of(new DashboardWidget("fileTab.requests", "req", "/requests/file-tab.xhtml", 10, fileRoles),
                new DashboardWidget("fileTab.contacts", "req", "/requests/file-contacts.xhtml", 40, fileRoles));
    }
}

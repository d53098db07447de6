package org.ektefaa.volunteering.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** The coordinators' screens in the menu and their dashboard widget. */
@ApplicationScoped
public class VolunteeringShell implements ShellContribution {

    private static final Set<Role> COORDINATORS = Set.of(Role.VOLUNTEER_COORDINATOR, Role.ADMIN);

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("menu.volunteers", "vol", "/volunteering/volunteers.xhtml", "pi pi-users", 400, COORDINATORS),
                new MenuEntry("menu.opportunities", "vol", "/volunteering/opportunities.xhtml", "pi pi-calendar", 410,
                        COORDINATORS),
                new MenuEntry("menu.hours", "vol", "/volunteering/hours.xhtml", "pi pi-clock", 420, COORDINATORS));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("widget.coordinator", "vol", "/volunteering/widget.xhtml", 80, COORDINATORS));
    }
}

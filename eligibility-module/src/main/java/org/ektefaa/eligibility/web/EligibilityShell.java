package org.ektefaa.eligibility.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/**
 * The home visits and the renewals in the staff's menu and on their dashboard, the eligibility rules in the administrators' menu; the
 * file's eligibility (with its visits) as a tab of the beneficiary's file.
 */
@ApplicationScoped
public class EligibilityShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("menu.visits", "elg", "/eligibility/visits.xhtml", "pi pi-home", 170,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)),
                new MenuEntry("menu.renewals", "elg", "/eligibility/renewals.xhtml", "pi pi-replay", 175,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)),
                new MenuEntry("menu.rules", "elg", "/eligibility/rules.xhtml", "pi pi-sliders-h", 905,
                        Set.of(Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("widget.visits", "elg", "/eligibility/visits-widget.xhtml", 55,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)),
                new DashboardWidget("widget.renewals", "elg", "/eligibility/renewals-widget.xhtml", 56,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> fileTabs() {
        return List.of(new DashboardWidget("fileTab.eligibility", "elg", "/eligibility/file-tab.xhtml", 5,
                Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)));
    }
}

package org.ektefaa.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** The reports page for the board, executive management and the quality officer; the policy page for everyone. */
@ApplicationScoped
public class ReportingShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("menu.reports", "rep", "/reporting/reports.xhtml", "pi pi-file-pdf", 500,
                        Set.of(Role.BOARD_MEMBER, Role.EXECUTIVE, Role.QUALITY_OFFICER, Role.ADMIN)),
                new MenuEntry("menu.policy", "rep", "/reporting/policy.xhtml", "pi pi-book", 510, Set.of(Role.values())));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("glance.title", "rep", "/reporting/board-widget.xhtml", 10,
                Set.of(Role.BOARD_MEMBER)));
    }
}

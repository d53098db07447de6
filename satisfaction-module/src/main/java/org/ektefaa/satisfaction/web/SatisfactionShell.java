package org.ektefaa.satisfaction.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** The quality officer's screens in the menu, the kiosk for the reception, everyone's own figures. */
@ApplicationScoped
public class SatisfactionShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("menu.indicators", "sat", "/satisfaction/indicators.xhtml", "pi pi-chart-line", 300,
                        Set.of(Role.QUALITY_OFFICER, Role.EXECUTIVE, Role.ADMIN)),
                new MenuEntry("menu.tracking", "sat", "/satisfaction/tracking.xhtml", "pi pi-inbox", 310,
                        Set.of(Role.QUALITY_OFFICER, Role.ADMIN)),
                new MenuEntry("menu.designer", "sat", "/satisfaction/designer.xhtml", "pi pi-sliders-h", 320,
                        Set.of(Role.QUALITY_OFFICER, Role.ADMIN)),
                new MenuEntry("menu.kiosk", "sat", "/satisfaction/kiosk.xhtml", "pi pi-tablet", 330,
                        Set.of(Role.RELATIONS_OFFICER, Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("widget.mine", "sat", "/satisfaction/my-widget.xhtml", 70,
                Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE)));
    }

    @Override
    public List<DashboardWidget> fileTabs() {
        return List.of(new DashboardWidget("fileTab.surveys", "sat", "/satisfaction/file-tab.xhtml", 30,
                Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)));
    }
}

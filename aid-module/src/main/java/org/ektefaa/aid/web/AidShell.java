package org.ektefaa.aid.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** The funds and the aid programmes in the administrators' menu, and the file's "Aid" tab (issue #27). */
@ApplicationScoped
public class AidShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("menu.funds", "aid", "/aid/funds.xhtml", "pi pi-wallet", 910, Set.of(Role.ADMIN)),
                new MenuEntry("menu.programmes", "aid", "/aid/programmes.xhtml", "pi pi-box", 911, Set.of(Role.ADMIN)),
                new MenuEntry("menu.rounds", "aid", "/aid/rounds.xhtml", "pi pi-calendar", 160,
                        Set.of(Role.EXECUTIVE, Role.ADMIN)),
                new MenuEntry("menu.collect", "aid", "/aid/collect.xhtml", "pi pi-check-square", 165,
                        Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> fileTabs() {
        return List.of(new DashboardWidget("fileTab.aid", "aid", "/aid/file-tab.xhtml", 15,
                Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN)));
    }
}

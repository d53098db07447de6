package org.ektefaa.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.ShellContribution;

/** The webapp's own menu entry: the dashboard every signed-in user starts from. */
@ApplicationScoped
public class WebShell implements ShellContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("menu.dashboard", "web", "/index.xhtml", "pi pi-home", 0, Set.of()));
    }
}

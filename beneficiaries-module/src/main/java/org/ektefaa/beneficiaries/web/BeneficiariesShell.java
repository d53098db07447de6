package org.ektefaa.beneficiaries.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.DashboardWidget;
import org.ektefaa.platform.api.MenuEntry;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.ShellContribution;

/** The module's menu entries and its dashboard widget (files by status). */
@ApplicationScoped
public class BeneficiariesShell implements ShellContribution {

    static final Set<Role> FILE_ROLES = Set.of(Role.RELATIONS_OFFICER, Role.EXECUTIVE, Role.ADMIN);

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("menu.search", "ben", "/beneficiaries/search.xhtml", "pi pi-search", 100, FILE_ROLES),
                new MenuEntry("menu.register", "ben", "/beneficiaries/register.xhtml", "pi pi-user-plus", 110,
                        Set.of(Role.RELATIONS_OFFICER, Role.ADMIN)),
                new MenuEntry("menu.duplicates", "ben", "/beneficiaries/duplicates.xhtml", "pi pi-clone", 115, FILE_ROLES),
                new MenuEntry("menu.categories", "ben", "/beneficiaries/categories.xhtml", "pi pi-tags", 920,
                        Set.of(Role.ADMIN)),
                new MenuEntry("menu.import", "ben", "/beneficiaries/import.xhtml", "pi pi-file-import", 925,
                        Set.of(Role.ADMIN)));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("widget.files", "ben", "/beneficiaries/widget.xhtml", 100, FILE_ROLES));
    }
}

package org.ektefaa.platform.api;

import java.util.List;

/**
 * How a module puts itself into the shell without the shell knowing it: a module declares one
 * {@code @ApplicationScoped} bean implementing this, and the shell collects them all. The shell filters
 * what each user sees by role; the pages themselves are protected on the server as well.
 */
public interface ShellContribution {

    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    default List<DashboardWidget> dashboardWidgets() {
        return List.of();
    }

    /**
     * Tabs a module adds to the beneficiary's file (issue #21: the person's requests, from the requests module, which
     * the beneficiaries module does not know): the same shape as a dashboard widget; the fragment renders inside the
     * file's form and finds the file's id in {@code fileId}.
     */
    default List<DashboardWidget> fileTabs() {
        return List.of();
    }
}

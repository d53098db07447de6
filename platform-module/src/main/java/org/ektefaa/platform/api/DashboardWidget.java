package org.ektefaa.platform.api;

import java.util.Set;

/**
 * A panel on the dashboard, contributed by a module: a Facelets fragment the dashboard includes.
 *
 * @param titleKey key of the title in {@code bundle}
 * @param bundle   the Faces resource-bundle variable that holds {@code titleKey}
 * @param fragment the fragment's path ({@code /admin/widgets/account.xhtml}); it renders inside a panel
 * @param order    position on the dashboard; lower first
 * @param roles    the roles that see it; empty means every signed-in user
 */
public record DashboardWidget(String titleKey, String bundle, String fragment, int order, Set<Role> roles) {

    public DashboardWidget {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}

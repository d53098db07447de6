package org.ektefaa.platform.api;

import java.util.Set;

/**
 * One entry of the shell's menu, contributed by a module.
 *
 * @param labelKey a key of the shell bundle ({@code #{shell[...]}}) or of the module's bundle
 * @param bundle   the Faces resource-bundle variable that holds {@code labelKey}
 * @param path     the page, from the context root ({@code /admin/users.xhtml})
 * @param icon     a PrimeIcons class ({@code pi pi-users})
 * @param order    position in the menu; lower first
 * @param roles    the roles that see it; empty means every signed-in user
 */
public record MenuEntry(String labelKey, String bundle, String path, String icon, int order, Set<Role> roles) {

    public MenuEntry {
        roles = Set.copyOf(roles);
    }

    /** Whether a user holding {@code userRoles} may see this entry. */
    public boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}

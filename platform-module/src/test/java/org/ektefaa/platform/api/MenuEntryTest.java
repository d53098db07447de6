package org.ektefaa.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MenuEntryTest {

    @Test
    void anEntryWithRolesShowsOnlyToThoseRoles() {
        MenuEntry users = new MenuEntry("menu.users", "plt", "/admin/users.xhtml", "pi pi-users", 1, Set.of(Role.ADMIN));
        assertThat(users.visibleTo(Set.of(Role.ADMIN, Role.EXECUTIVE))).isTrue();
        assertThat(users.visibleTo(Set.of(Role.EXECUTIVE))).isFalse();
        assertThat(users.visibleTo(Set.of())).isFalse();
    }

    @Test
    void anEntryWithoutRolesShowsToEveryMemberOfStaff() {
        MenuEntry home = new MenuEntry("menu.dashboard", "web", "/index.xhtml", "pi pi-home", 0, Set.of());
        assertThat(home.visibleTo(Set.of(Role.BOARD_MEMBER))).isTrue();
    }

    @Test
    void profileNamesFollowTheLanguage() {
        AssociationProfile p = new AssociationProfile("جمعية", "Association", "رئيس", "Chair", "ref", 14,
                Set.of(ContactChannel.WEBSITE), false);
        assertThat(p.name(java.util.Locale.ENGLISH)).isEqualTo("Association");
        assertThat(p.name(java.util.Locale.forLanguageTag("ar"))).isEqualTo("جمعية");
        assertThat(p.isEnabled(ContactChannel.WEBSITE)).isTrue();
        assertThat(p.isEnabled(ContactChannel.LETTER)).isFalse();
    }
}

package org.ektefaa.platform.api;

import java.util.List;

/**
 * What other modules may know of staff accounts: the e-mail addresses and names of the active holders of a role,
 * and the name a document signs an account with.
 */
public interface StaffDirectory {

    /** E-mail addresses of active users with {@code role} (users without an address are left out). */
    List<String> emailsOf(Role role);

    /**
     * The active holders of {@code role}, username to display name, by display name (who a home visit may be
     * assigned to, issue #26).
     */
    java.util.Map<String, String> holdersOf(Role role);

    /** The account's display name (a board report's "prepared by", issue #23); empty for an unknown account. */
    java.util.Optional<String> displayName(String username);
}

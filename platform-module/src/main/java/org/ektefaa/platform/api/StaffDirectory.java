package org.ektefaa.platform.api;

import java.util.List;

/** What other modules may know of staff accounts: the e-mail addresses of the active holders of a role. */
public interface StaffDirectory {

    /** E-mail addresses of active users with {@code role} (users without an address are left out). */
    List<String> emailsOf(Role role);
}

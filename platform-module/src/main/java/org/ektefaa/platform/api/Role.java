package org.ektefaa.platform.api;

/**
 * The roles of the association's staff. The constants are the role names used in
 * {@code @RolesAllowed}, {@code web.xml} and the identity store.
 */
public enum Role {
    /** Administrators: users, settings, reference lists. */
    ADMIN,
    /** Reception and beneficiary-relations officers (policy §5.1–5.3). */
    RELATIONS_OFFICER,
    /** Executive management: decides requests (policy §5.4). */
    EXECUTIVE,
    /** The quality officer: surveys and indicators (policy §3.5). */
    QUALITY_OFFICER,
    /** Volunteer coordinators (policy §4.6). */
    VOLUNTEER_COORDINATOR,
    /** Members of the board: quality reports (policy §6). */
    BOARD_MEMBER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String RELATIONS_OFFICER_NAME = "RELATIONS_OFFICER";
    public static final String EXECUTIVE_NAME = "EXECUTIVE";
    public static final String QUALITY_OFFICER_NAME = "QUALITY_OFFICER";
    public static final String VOLUNTEER_COORDINATOR_NAME = "VOLUNTEER_COORDINATOR";
    public static final String BOARD_MEMBER_NAME = "BOARD_MEMBER";
}

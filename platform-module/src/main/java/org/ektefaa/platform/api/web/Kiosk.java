package org.ektefaa.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A tablet handed to the person at the desk must not be a staff terminal. {@link #handOver} ends the employee's
 * session and leaves, under a new id, a kiosk session that opens one page (the kiosk's) and the public pages,
 * nothing else; signing in again on the tablet ends the kiosk. The kiosk lasts as long as the employee's account
 * is active and its password unchanged, at most as long as a staff session.
 */
public interface Kiosk {

    /** Turns the signed-in employee's session into a kiosk session for {@code page} (a path such as "/x/kiosk.xhtml"). */
    void handOver(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, String page);

    /** Whether this request belongs to a kiosk session. */
    boolean isKiosk(HttpServletRequest request);
}

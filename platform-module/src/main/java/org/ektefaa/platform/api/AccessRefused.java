package org.ektefaa.platform.api;

/**
 * A boundary method was called by someone whose roles it does not allow ({@code @RolesAllowed}). The page answers
 * with the translated "not allowed" page (web.xml maps this exception to it).
 */
public class AccessRefused extends SecurityException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String method) {
        super("not allowed: " + method);
    }
}

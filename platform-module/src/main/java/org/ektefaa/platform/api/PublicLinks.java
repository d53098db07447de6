package org.ektefaa.platform.api;

/**
 * Addresses of public pages as a person outside the association opens them from a message (a survey link,
 * a volunteer's sign-in link): {@code EKTEFAA_PUBLIC_URL} ({@code ektefaa.public-url}) followed by the page. Inject
 * it; the platform's kernel implements it.
 */
public interface PublicLinks {

    /** {@code path} starts with a slash: {@code /public/survey.xhtml?t=...}. */
    String to(String path);
}

package org.ektefaa.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Addresses of public pages as a person outside the association opens them from a message (a survey link,
 * a volunteer's sign-in link): {@code EKTEFAA_PUBLIC_URL} ({@code ektefaa.public-url}) followed by the page.
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "ektefaa.public-url", defaultValue = "http://localhost:8080")
    String base;

    /** {@code path} starts with a slash: {@code /public/survey.xhtml?t=...}. */
    public String to(String path) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return root + path;
    }
}

package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.PublicLinks;

/** {@link PublicLinks} under {@code EKTEFAA_PUBLIC_URL} ({@code ektefaa.public-url}). */
@ApplicationScoped
public class ConfiguredPublicLinks implements PublicLinks {

    @Inject
    @ConfigProperty(name = "ektefaa.public-url", defaultValue = "http://localhost:8080")
    String base;

    /** {@code path} starts with a slash: {@code /public/survey.xhtml?t=...}. */
    @Override
    public String to(String path) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return root + path;
    }
}

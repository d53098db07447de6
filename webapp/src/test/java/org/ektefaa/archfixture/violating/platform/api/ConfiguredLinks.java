package org.ektefaa.archfixture.violating.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Violates: an implementation (a bean reading configuration) in an api package, where only contracts belong. */
@ApplicationScoped
public class ConfiguredLinks {

    @Inject
    @ConfigProperty(name = "ektefaa.public-url")
    String base;
}

package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every module injects, so that tests can reason about time. Its zone is the association's
 * ({@code EKTEFAA_TIME_ZONE}, default Asia/Riyadh), whatever the server's: "today", due dates and report
 * periods are the association's days.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "ektefaa.time-zone", defaultValue = "Asia/Riyadh")
    String zone;

    @Produces
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}

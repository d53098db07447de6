package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock every module injects, so that tests can reason about time. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

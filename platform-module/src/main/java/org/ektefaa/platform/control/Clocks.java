package org.ektefaa.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every module injects, so that tests can reason about time. Its zone is the association's
 * ({@code EKTEFAA_TIME_ZONE}, default Asia/Riyadh), whatever the server's: "today", due dates and report
 * periods are the association's days. It reads the system's time, except while {@link DemoData} loads demo
 * data spread over past months ({@link #pin}).
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "ektefaa.time-zone", defaultValue = "Asia/Riyadh")
    String zone;

    /** The instant every clock reads while demo data loads; shared, so a clock held by a restored view sees it. */
    private static final AtomicReference<Instant> PINNED = new AtomicReference<>();

    private Clock clock;

    @PostConstruct
    void init() {
        clock = new Pinnable(ZoneId.of(zone));
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /** Every clock reads {@code at} until {@link #release}; only the demo data loader calls this. */
    public void pin(Instant at) {
        PINNED.set(at);
    }

    public void release() {
        PINNED.set(null);
    }

    /** The system clock in a zone, or the pinned instant while there is one (serializable: views hold it). */
    private static final class Pinnable extends Clock implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final ZoneId zone;

        Pinnable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new Pinnable(other);
        }

        @Override
        public Instant instant() {
            Instant at = PINNED.get();
            // to the microsecond, as the database keeps it (H2 would round a later digit into the next day)
            return at != null ? at : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }
}

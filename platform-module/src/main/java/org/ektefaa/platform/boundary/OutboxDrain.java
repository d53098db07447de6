package org.ektefaa.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.ektefaa.platform.boundary.Outbox;

/** Every 15 seconds, sends what the outbox holds that is due (one server at a time: a singleton timer). */
@Singleton
public class OutboxDrain {

    @Inject
    Outbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void drain() {
        org.ektefaa.platform.api.SystemActor.run(org.ektefaa.platform.api.SystemActor.SYSTEM, () -> {
            for (Long id : outbox.due(50)) {
                outbox.send(id);
            }
        });
    }
}

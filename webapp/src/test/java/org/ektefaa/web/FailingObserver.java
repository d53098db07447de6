package org.ektefaa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ektefaa.platform.api.Committed;
import org.ektefaa.requests.api.RequestReceived;

/** EventDeliveryIT's downstream module: fails while {@link #failures} is above zero, then records what it got. */
@ApplicationScoped
public class FailingObserver {

    static final AtomicInteger failures = new AtomicInteger();

    static final List<Long> received = new CopyOnWriteArrayList<>();

    void on(@Observes @Committed RequestReceived event) {
        if (failures.get() > 0) {
            failures.decrementAndGet();
            throw new IllegalStateException("downstream failure for the test");
        }
        received.add(event.requestId());
    }
}

package org.ektefaa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ektefaa.platform.api.Committed;
import org.ektefaa.platform.api.ModuleEvent;

/** EventDeliveryIT's witness of order: what a module hears, in the order it hears it. */
@ApplicationScoped
public class OrderObserver {

    /** An event only this test fires and observes. */
    public record Probe(int n) implements ModuleEvent {
    }

    static final List<Integer> seen = new CopyOnWriteArrayList<>();

    void on(@Observes @Committed Probe probe) {
        seen.add(probe.n());
    }
}

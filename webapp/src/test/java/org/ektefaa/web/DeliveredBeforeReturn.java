package org.ektefaa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.ektefaa.platform.api.ModuleEvent;
import org.ektefaa.platform.control.EventDispatcher;

/**
 * In the tests' deployment only: the thread whose transaction recorded module events waits, after its commit,
 * until they are delivered (at most ten seconds), so that a test reads the facts, invitations and follow-ups
 * its call caused as soon as the call returns. In production nobody waits (EventDispatcher); that the delivery
 * happens after the commit and survives a failing observer is what EventDeliveryIT shows.
 */
@ApplicationScoped
public class DeliveredBeforeReturn {

    @Inject
    EventDispatcher dispatcher;

    // after every other observer: an event fired with no transaction is recorded (EventJournal) before this runs
    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS)
            @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER + 900) ModuleEvent event) {
        if (!EventDispatcher.isDelivering()) {
            if (!dispatcher.drain(Duration.ofSeconds(10))) {
                java.util.logging.Logger.getLogger(DeliveredBeforeReturn.class.getName())
                        .warning("events still due ten seconds after " + event.getClass().getSimpleName());
            }
        }
    }
}

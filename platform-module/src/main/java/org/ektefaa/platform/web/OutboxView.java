package org.ektefaa.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.Outbox;
import org.ektefaa.platform.entity.OutboxMessage;

/** {@code /admin/outbox.xhtml}: messages to people, with failures visible and a way to try again. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    org.ektefaa.platform.boundary.Deliveries deliveries;

    private List<OutboxMessage> messages;

    private long waiting;

    private List<org.ektefaa.platform.entity.EventDelivery> failing;

    @PostConstruct
    void load() {
        messages = outbox.recent(200);
        waiting = deliveries.waiting();
        failing = deliveries.failing(50);
    }

    /** The failed hand-overs between modules are tried again now (their cause fixed). */
    public void tryNow() {
        deliveries.tryNow();
        notices.info("plt", "deliveries.retried");
        load();
    }

    public long getWaiting() {
        return waiting;
    }

    public List<org.ektefaa.platform.entity.EventDelivery> getFailing() {
        return failing;
    }

    /** The part of a class name people can read: "FactRecorder", "RequestClosed". */
    public String shortName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public void retry(OutboxMessage message) {
        outbox.retry(message.getId());
        notices.info("plt", "outbox.retried");
        load();
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }
}

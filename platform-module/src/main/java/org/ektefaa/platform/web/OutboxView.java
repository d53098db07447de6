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

    private List<Outbox.Shown> messages;

    private long waiting;

    private List<OutboxMessage.Channel> unconfigured;

    private List<org.ektefaa.platform.entity.EventDelivery> failing;

    @PostConstruct
    void load() {
        messages = outbox.recentShown(200);
        unconfigured = outbox.unconfigured();
        waiting = deliveries.waiting();
        failing = deliveries.failing(50);
    }

    /** The failed hand-overs between modules are tried again now (their cause fixed). */
    public void tryNow() {
        deliveries.tryNow();
        notices.info("plt", "deliveries.retried");
        load();
    }

    /** The channels with nothing to send them through: their messages wait until one is configured. */
    public List<OutboxMessage.Channel> getUnconfigured() {
        return unconfigured;
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

    /**
     * Why a message was not sent, in the page's language (issue #22): the mail server or SMS gateway could not be
     * reached, did not answer in time, refused the account, or refused the recipient; anything else said as such, the
     * technical text kept beside it for whoever fixes it.
     */
    public String errorKey(String lastError) {
        return errorKind(lastError);
    }

    static String errorKind(String lastError) {
        String error = lastError == null ? "" : lastError.toLowerCase(java.util.Locale.ROOT);
        if (error.isEmpty()) {
            return "outbox.error.none";
        }
        if (error.contains("refused") || error.contains("unknownhost") || error.contains("unknown host")
                || error.contains("couldn't connect") || error.contains("could not connect")) {
            return "outbox.error.unreachable";
        }
        if (error.contains("timed out") || error.contains("timeout")) {
            return "outbox.error.timeout";
        }
        if (error.contains("auth") || error.contains("401") || error.contains("403") || error.contains("credential")) {
            return "outbox.error.credentials";
        }
        if (error.contains("recipient") || error.contains("address") || error.contains("550") || error.contains("invalid")
                || error.contains("400")) {
            return "outbox.error.recipient";
        }
        return "outbox.error.other";
    }

    public void retry(Outbox.Shown message) {
        outbox.retry(message.id());
        notices.info("plt", "outbox.retried");
        load();
    }

    public List<Outbox.Shown> getMessages() {
        return messages;
    }
}

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

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private List<OutboxMessage> messages;

    @PostConstruct
    void load() {
        messages = outbox.recent(200);
    }

    public void retry(OutboxMessage message) {
        outbox.retry(message.getId());
        Notices.info("plt", "outbox.retried");
        load();
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }
}

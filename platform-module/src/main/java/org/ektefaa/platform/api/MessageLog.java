package org.ektefaa.platform.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the association told a person, as the outbox keeps it once sent: which kind of message went on which channel,
 * when, to whom (masked), and whether it arrived — never the text, which is dropped once sent. A module finds the
 * messages about its records by the reference it gave them (a request's tracking number): the contacts tab of a
 * beneficiary's file (issue #21).
 */
public interface MessageLog {

    /**
     * One message.
     *
     * @param channel   {@code EMAIL} or {@code SMS}
     * @param recipient the masked recipient ({@code *********4567}); while the message waits, masked as well
     * @param subject   what it was about (the e-mail's subject, also kept for the SMS), or null for older SMS
     * @param status    {@code PENDING}, {@code SENT} or {@code FAILED}
     * @param reference the reference it was sent under
     */
    record Message(String channel, String recipient, String subject, String status, Instant createdAt, Instant sentAt,
                   String reference) {
    }

    /** The newest {@code max} messages sent under any of {@code references}, newest first. */
    List<Message> about(Collection<String> references, int max);
}

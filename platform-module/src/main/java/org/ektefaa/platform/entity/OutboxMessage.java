package org.ektefaa.platform.entity;

import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A message waiting to be sent, sent, or given up on after retries. Its recipient and text are sealed with the
 * field key while it waits (a text may carry a one-time link: a survey, a volunteer's personal link), and once
 * sent the text is dropped and the recipient kept masked; what remains says which kind of message went when, to
 * whom (masked), and how it went. Rows written before sealing hold plain text, read as it is.
 */
@Entity
@Table(name = "plt_outbox")
public class OutboxMessage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Channel { EMAIL, SMS }

    public enum Status { PENDING, SENT, FAILED }

    /** Attempts before a message is marked failed and shown to staff. */
    public static final int MAX_ATTEMPTS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, length = 1000)
    private String recipient;

    @Column(length = 300, updatable = false)
    private String subject;

    @Column
    private String body;

    @Column(length = 60, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    /** A message to send; recipient and body as {@link PersonalData#seal} sealed them. */
    public OutboxMessage(Channel channel, String sealedRecipient, String subject, String sealedBody, String reference,
                         Instant at) {
        this.channel = channel;
        this.recipient = sealedRecipient;
        this.subject = subject;
        this.body = sealedBody;
        this.reference = reference;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** Sent: the text goes (with any link in it), the recipient stays masked. */
    public void sent(Instant at, String maskedRecipient) {
        this.body = null;
        this.recipient = maskedRecipient;
        this.status = Status.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** A failed attempt: retried after 1, 2, 4, 8, 16 minutes, then given up. */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "error" : error.substring(0, Math.min(500, error.length()));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /** Staff asked to try a failed message again. */
    public void retry(Instant at) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = at;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    /** The recipient (masked once sent). */
    public String recipient(PersonalData protection) {
        return open(recipient, protection);
    }

    public String getSubject() {
        return subject;
    }

    /** The text, while it waits to be sent; null once sent. */
    public String body(PersonalData protection) {
        return open(body, protection);
    }

    private static String open(String stored, PersonalData protection) {
        return stored != null && stored.startsWith("v2:") ? protection.open(stored) : stored;
    }

    public String getReference() {
        return reference;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

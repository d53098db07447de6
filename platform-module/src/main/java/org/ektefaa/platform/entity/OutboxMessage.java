package org.ektefaa.platform.entity;

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

/** A message waiting to be sent, sent, or given up on after retries. */
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

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 4000, updatable = false)
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

    public OutboxMessage(Channel channel, String recipient, String subject, String body, String reference, Instant at) {
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    public void sent(Instant at) {
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

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
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

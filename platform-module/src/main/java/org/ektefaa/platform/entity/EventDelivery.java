package org.ektefaa.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One event waiting to be handled by one observing class ({@code subscriber}, the class name): written in the
 * transaction that fired the event, removed in the transaction that handled it. While the observer fails the
 * row stays, counting attempts, with the next attempt further off each time (up to {@link #MAX_BACKOFF}); the
 * error kept is the exception's class names only, never its message (a message can quote personal data).
 */
@Entity
@Table(name = "plt_event_delivery")
public class EventDelivery implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest wait between two attempts. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 200)
    private String subscriber;

    @Column(name = "event_type", nullable = false, updatable = false, length = 200)
    private String eventType;

    @Column(nullable = false, updatable = false, length = 8000)
    private String payload;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected EventDelivery() {
    }

    public EventDelivery(String subscriber, String eventType, String payload, Instant recordedAt) {
        this.subscriber = subscriber;
        this.eventType = eventType;
        this.payload = payload;
        this.recordedAt = recordedAt;
        this.nextAttemptAt = recordedAt;
    }

    /** An attempt failed with {@code error}: the next one after 2, 4, 8 … seconds, at most {@link #MAX_BACKOFF}. */
    public void failed(Throwable error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        StringBuilder names = new StringBuilder();
        for (Throwable t = error; t != null && names.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            names.append(names.length() == 0 ? "" : " ← ").append(t.getClass().getName());
        }
        lastError = names.length() > 500 ? names.substring(0, 500) : names.toString();
    }

    public boolean isDue(Instant now) {
        return !nextAttemptAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getSubscriber() {
        return subscriber;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getRecordedAt() {
        return recordedAt;
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
}

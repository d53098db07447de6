package org.ektefaa.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns taken by many callers, a few at a time, in the order they came. A caller waits at most {@code longest} for a
 * turn, and does not wait at all when {@code queueLimit} others already do: either way it then goes ahead without one.
 * No caller is ever refused; the turns only keep a crowd from taking every processor at once.
 */
final class Turns {

    /** What a caller gives back when it is done. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private static final Turn NONE = () -> { };

    private final Semaphore permits;
    private final Duration longest;
    private final int queueLimit;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong withoutTurn = new AtomicLong();

    Turns(int atOnce, Duration longest, int queueLimit) {
        if (atOnce < 1 || queueLimit < 0 || longest.isNegative()) {
            throw new IllegalArgumentException("turns need at least one at once and no negative wait");
        }
        this.permits = new Semaphore(atOnce, true);
        this.longest = longest;
        this.queueLimit = queueLimit;
    }

    /** Waits for a turn (fairly: first come, first served); close what it returns when done. */
    Turn take() {
        if (waiting.incrementAndGet() > queueLimit && permits.availablePermits() == 0) {
            waiting.decrementAndGet();
            withoutTurn.incrementAndGet();
            return NONE;
        }
        try {
            if (permits.tryAcquire(longest.toNanos(), TimeUnit.NANOSECONDS)) {
                return permits::release;
            }
            withoutTurn.incrementAndGet();
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            withoutTurn.incrementAndGet();
            return NONE;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How many callers are queued for a turn now, in the order they will get it. */
    int queued() {
        return permits.getQueueLength();
    }

    /** How many callers wait for a turn now. */
    int waiting() {
        return waiting.get();
    }

    /** How many went ahead without a turn since the start (waited too long, or found too many waiting). */
    long withoutTurn() {
        return withoutTurn.get();
    }
}

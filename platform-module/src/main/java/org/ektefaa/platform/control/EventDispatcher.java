package org.ektefaa.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import org.ektefaa.platform.api.DatabaseMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ektefaa.platform.api.SystemActor;
import org.ektefaa.platform.entity.EventDelivery;

/**
 * Delivers what the {@link EventJournal} recorded: one worker thread per server, woken after each commit that
 * recorded events and every few seconds when idle (for retries and for rows another server recorded). A
 * pass takes each subscriber with rows due, holds its lease (one server at a time), and hands it its rows oldest
 * first; a failing row stops that subscriber until its next attempt, so a subscriber never sees its events out of
 * order, and the others go on. Nobody waits for it: the change that fired an event is already committed.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

    /** How long a server holds a subscriber once it starts delivering to it (renewed while it goes on). */
    static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    EventJournal journal;


    @Resource
    ManagedThreadFactory threads;

    private final String owner = UUID.randomUUID().toString();

    private final List<Waiter> waiting = new ArrayList<>();

    private long requested;

    private long done;


    private static final ThreadLocal<Boolean> WORKER = new ThreadLocal<>();

    /** How long the worker sleeps when nobody wakes it: retries and other servers' rows wait at most this. */
    static final long IDLE_MILLIS = 5_000;

    private Thread worker;

    private boolean stopping;

    private record Waiter(long pass, CompletableFuture<Integer> done) {
    }

    /**
     * Starts the worker once the tables exist: a thread of its own, made by the container's thread factory at
     * start-up (so that no request's context is captured or closed by it), sleeping until woken.
     */
    void start(@Observes DatabaseMigrated migrated) {
        Thread thread;
        synchronized (this) {
            if (worker != null) {
                return;
            }
            thread = threads.newThread(this::work);
            worker = thread;
        }
        thread.setName("ektefaa-event-delivery");
        thread.start();
    }

    @PreDestroy
    void stop() {
        Thread thread;
        synchronized (this) {
            stopping = true;
            thread = worker;
            notifyAll();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Asks for a pass; the future completes, with the number of events that pass delivered, when a pass that
     * started after this call has ended. Called after each commit that recorded events; it only signals.
     */
    public CompletableFuture<Integer> wake() {
        CompletableFuture<Integer> finished = new CompletableFuture<>();
        synchronized (this) {
            requested++;
            waiting.add(new Waiter(requested, finished));
            notifyAll();
        }
        return finished;
    }

    /**
     * Delivers what is due, including what those deliveries fire in turn, and waits for it, at most
     * {@code timeout}; true when a pass found nothing more to deliver (tests, the benchmark). It touches no
     * database in the calling thread, so it may be called just after a commit.
     */
    public boolean drain(Duration timeout) {
        if (isDelivering()) {
            return false;
        }
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try {
                int delivered = wake().get(Math.max(1, Duration.between(Instant.now(), end).toMillis()),
                        TimeUnit.MILLISECONDS);
                if (delivered == 0) {
                    return true;
                }
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** True in the worker's own thread (an observer it is running). */
    public static boolean isDelivering() {
        return WORKER.get() != null;
    }

    private void work() {
        WORKER.set(Boolean.TRUE);
        try {
            while (true) {
                long pass;
                synchronized (this) {
                    if (!stopping && done == requested) {
                        try {
                            wait(IDLE_MILLIS);
                        } catch (InterruptedException e) {
                            // only stop() interrupts; the flag says whether to go on
                        }
                        if (done == requested) {
                            requested++;   // nobody asked: look for retries and other servers' rows
                        }
                    }
                    if (stopping) {
                        return;
                    }
                    pass = requested;
                }
                int delivered = 0;
                try {
                    delivered = SystemActor.supply(SystemActor.SYSTEM, this::pass);
                } catch (RuntimeException e) {
                    // the database is away, say: the next pass tries again
                    LOG.log(Level.WARNING, "Event delivery pass failed: {0}", e.getClass().getName());
                } catch (Error e) {
                    // the worker must outlive anything an observer does; what failed is still recorded
                    LOG.log(Level.SEVERE, "Event delivery pass failed: {0}", e.getClass().getName());
                }
                int count = delivered;
                List<Waiter> finished = new ArrayList<>();
                synchronized (this) {
                    done = pass;
                    waiting.removeIf(w -> w.pass() <= pass && finished.add(w));
                }
                finished.forEach(w -> w.done().complete(count));
            }
        } finally {
            WORKER.remove();
            List<Waiter> left;
            synchronized (this) {
                left = new ArrayList<>(waiting);
                waiting.clear();
                worker = null;
            }
            left.forEach(w -> w.done().complete(0));
        }
    }

    private int pass() {
        int delivered = 0;
        for (String subscriber : journal.dueSubscribers()) {
            if (!journal.claim(subscriber, owner, LEASE)) {
                continue;
            }
            try {
                delivered += deliverAll(subscriber);
            } finally {
                journal.release(subscriber, owner);
            }
        }
        return delivered;
    }

    private int deliverAll(String subscriber) {
        Instant renewAt = Instant.now().plus(LEASE.dividedBy(3));
        int delivered = 0;
        while (true) {
            Optional<EventDelivery> next = journal.oldest(subscriber);
            if (next.isEmpty() || !journal.isDue(next.get())) {
                return delivered;
            }
            long id = next.get().getId();
            try {
                journal.deliver(id);
            } catch (RuntimeException e) {
                EventDelivery row = journal.failed(id, e);
                if (row != null) {
                    LOG.log(row.getAttempts() > 3 ? Level.WARNING : Level.INFO,
                            "Event {0} for {1} failed (attempt {2}, next at {3}): {4}",
                            new Object[] {row.getEventType(), subscriber, row.getAttempts(), row.getNextAttemptAt(),
                                row.getLastError()});
                }
                return delivered;
            }
            delivered++;
            if (Instant.now().isAfter(renewAt)) {
                if (!journal.claim(subscriber, owner, LEASE)) {
                    return delivered;
                }
                renewAt = Instant.now().plus(LEASE.dividedBy(3));
            }
        }
    }
}

package org.ektefaa.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ektefaa.platform.api.Committed;
import org.ektefaa.platform.api.ModuleEvent;
import org.ektefaa.platform.entity.EventDelivery;

/**
 * Records every {@link ModuleEvent} that has {@link Committed} observers, in the transaction that fires it (one
 * {@link EventDelivery} per observing class), and hands each to its observers later, each delivery in a
 * transaction of its own ({@link EventDispatcher} decides when). Bulk loaders that own one long transaction (the
 * demo data) deliver {@link #inline} instead: the observers run at once, in that transaction, as they would have
 * before the change was committed.
 */
@ApplicationScoped
public class EventJournal {

    private static final ThreadLocal<Boolean> INLINE = new ThreadLocal<>();

    private static final Object WAKE_AFTER_COMMIT = new Object();

    /** A lease held until this moment is free (long past, whatever a test's clock says). */
    private static final Timestamp FREE = Timestamp.valueOf("2000-01-01 00:00:00");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    BeanManager beans;

    @Inject
    EventDispatcher dispatcher;

    /**
     * The journal's own time: the system's, never the application clock that tests and the demo data pin to other
     * moments (a row recorded under a pinned clock would otherwise not be due, or due at once after a failure).
     */
    private final Clock time = Clock.systemUTC();

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Jsonb json = JsonbBuilder.create();

    /** The {@code @Committed} observers of each event class, by observing class (they do not change after start). */
    private final Map<Class<?>, Map<String, List<ObserverMethod<? super Object>>>> observers = new ConcurrentHashMap<>();

    /** Runs {@code work} with every {@code @Committed} observer called at once, inside the caller's transaction. */
    public static <T> T inline(Supplier<T> work) {
        Boolean before = INLINE.get();
        INLINE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                INLINE.remove();
            }
        }
    }

    @Transactional
    void record(@Observes ModuleEvent event) {
        Map<String, List<ObserverMethod<? super Object>>> subscribers = observersOf(event);
        if (subscribers.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(INLINE.get())) {
            subscribers.values().forEach(list -> list.forEach(observer -> observer.notify(event)));
            return;
        }
        String payload = json.toJson(event);
        Instant now = time.instant();
        subscribers.keySet().forEach(subscriber ->
                em.persist(new EventDelivery(subscriber, event.getClass().getName(), payload, now)));
        // written now: the rows' ids are the order of delivery, and EclipseLink inserts the new rows of one class at
        // commit in an order of its own (a visit's "signed" once reached the reports before its "assigned")
        em.flush();
        if (transactions.getResource(WAKE_AFTER_COMMIT) == null) {
            transactions.putResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatcher.wake();
                    }
                }
            });
        }
    }

    /**
     * The observing classes whose oldest row is due now (never tried, or its next attempt has come), each once:
     * one whose oldest row waits for a retry is left alone, rows behind it included.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> dueSubscribers() {
        return em.createQuery("select d.subscriber from EventDelivery d where d.id in "
                        + "(select min(e.id) from EventDelivery e group by e.subscriber) "
                        + "and (d.attempts = 0 or d.nextAttemptAt <= :now)", String.class)
                .setParameter("now", time.instant()).getResultList();
    }

    /** Whether the row is due now: never tried, or its next attempt has come. */
    public boolean isDue(EventDelivery row) {
        return row.getAttempts() == 0 || row.isDue(time.instant());
    }

    /** The oldest row waiting for {@code subscriber}, due or not: its events are handled in the order recorded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<EventDelivery> oldest(String subscriber) {
        return em.createQuery("select d from EventDelivery d where d.subscriber = :s order by d.id", EventDelivery.class)
                .setParameter("s", subscriber).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Takes (or extends) the right to deliver {@code subscriber}'s rows for {@code lease}; false while another
     * server holds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String subscriber, String owner, Duration lease) {
        Timestamp now = Timestamp.from(time.instant());
        em.createNativeQuery("INSERT INTO plt_event_lease (subscriber, owner, held_until) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE subscriber = subscriber")
                .setParameter(1, subscriber).setParameter(2, "").setParameter(3, FREE).executeUpdate();
        return em.createNativeQuery("UPDATE plt_event_lease SET owner = ?, held_until = ? "
                        + "WHERE subscriber = ? AND (owner = ? OR held_until < ?)")
                .setParameter(1, owner).setParameter(2, Timestamp.from(now.toInstant().plus(lease)))
                .setParameter(3, subscriber).setParameter(4, owner).setParameter(5, now).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String subscriber, String owner) {
        em.createNativeQuery("UPDATE plt_event_lease SET held_until = ? WHERE subscriber = ? AND owner = ?")
                .setParameter(1, FREE).setParameter(2, subscriber)
                .setParameter(3, owner).executeUpdate();
    }

    /**
     * Hands the row's event to its subscriber's {@code @Committed} observers and removes the row, all in one new
     * transaction, the row locked meanwhile (a second server that reached the same row waits, then finds it gone):
     * if an observer fails — an exception or an {@link Error} — everything it did rolls back and the row stays.
     * A row whose class no longer observes its event stays too (a class renamed, a rolling deployment): kept and
     * reported, never dropped.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        EventDelivery row = em.find(EventDelivery.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return;
        }
        Object event = read(row);
        List<ObserverMethod<? super Object>> targets = observersOf(event).get(row.getSubscriber());
        if (targets == null || targets.isEmpty()) {
            throw new IllegalStateException("no @Committed observer of " + row.getEventType() + " in " + row.getSubscriber());
        }
        try {
            targets.forEach(observer -> observer.notify(event));
        } catch (Error e) {
            // the transaction interceptor rolls back on exceptions only: an Error would commit what the observer did
            throw new IllegalStateException("observer failed with " + e.getClass().getName(), e);
        }
        em.remove(row);
    }

    /** Records a failed attempt on the row (in a new transaction, the failed one having rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EventDelivery failed(long id, Throwable error) {
        EventDelivery row = em.find(EventDelivery.class, id);
        if (row != null) {
            row.failed(error, time.instant());
        }
        return row;
    }

    private Object read(EventDelivery row) {
        Class<?> type;
        try {
            type = Class.forName(row.getEventType(), false, EventJournal.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("event class no longer exists: " + row.getEventType(), e);
        }
        if (!ModuleEvent.class.isAssignableFrom(type)) {
            throw new IllegalStateException("not a module event: " + row.getEventType());
        }
        return json.fromJson(row.getPayload(), type);
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<ObserverMethod<? super Object>>> observersOf(Object event) {
        return observers.computeIfAbsent(event.getClass(), type -> beans.resolveObserverMethods(event, Committed.Literal.INSTANCE)
                .stream()
                .filter(o -> o.getObservedQualifiers().stream().anyMatch(q -> q.annotationType() == Committed.class))
                .map(o -> (ObserverMethod<? super Object>) o)
                .collect(Collectors.groupingBy(o -> o.getBeanClass().getName(), TreeMap::new, Collectors.toList())));
    }
}

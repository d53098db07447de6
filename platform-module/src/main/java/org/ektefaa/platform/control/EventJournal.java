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
    Clock clock;

    @Inject
    EventDispatcher dispatcher;

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
        Instant now = clock.instant();
        subscribers.keySet().forEach(subscriber ->
                em.persist(new EventDelivery(subscriber, event.getClass().getName(), payload, now)));
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

    /** The observing classes with rows due now, each once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> dueSubscribers() {
        return em.createQuery("select distinct d.subscriber from EventDelivery d where d.nextAttemptAt <= :now", String.class)
                .setParameter("now", clock.instant()).getResultList();
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
        Timestamp now = Timestamp.from(clock.instant());
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
     * transaction: if an observer fails, the row stays as it was.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        EventDelivery row = em.find(EventDelivery.class, id);
        if (row == null) {
            return;
        }
        Object event = read(row);
        observersOf(event).getOrDefault(row.getSubscriber(), List.of()).forEach(observer -> observer.notify(event));
        em.remove(row);
    }

    /** Records a failed attempt on the row (in a new transaction, the failed one having rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EventDelivery failed(long id, Throwable error) {
        EventDelivery row = em.find(EventDelivery.class, id);
        if (row != null) {
            row.failed(error, clock.instant());
        }
        return row;
    }

    /** Rows waiting, for tests and the administrators' health figures. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long waiting() {
        return em.createQuery("select count(d) from EventDelivery d", Long.class).getSingleResult();
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

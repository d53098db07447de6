package org.ektefaa.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.ektefaa.reporting.entity.DailyCounts;
import org.ektefaa.reporting.entity.InvitationFact;
import org.ektefaa.reporting.entity.RequestFact;
import org.ektefaa.reporting.entity.SurveyFact;

/**
 * The facts summed per local day (issue #19), so that the policy page and the reports read a few hundred rows for a
 * quarter whatever the history holds. Every event changes its fact and, in the same transaction, the summary rows by
 * the difference between what the fact counted before and after ({@link DailyCounts}); rows are written in key order
 * so that concurrent events wait for each other instead of dead-locking. {@link #rebuild} sums every fact again.
 */
@ApplicationScoped
public class DailyFacts {

    private static final Logger LOG = Logger.getLogger(DailyFacts.class.getName());

    private static final int PAGE = 10_000;

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Clock clock;

    /** What a fact counts now, to be compared with what it counts after a change. */
    public DailyCounts of(Object fact) {
        DailyCounts counts = new DailyCounts();
        if (fact instanceof RequestFact r) {
            r.countInto(counts, clock.getZone());
        } else if (fact instanceof SurveyFact s) {
            s.countInto(counts, clock.getZone());
        } else if (fact instanceof InvitationFact i) {
            i.countInto(counts, clock.getZone());
        }
        return counts;
    }

    /** Writes the change from {@code before} to {@code after} (an empty {@code before} for a new fact). */
    public void apply(DailyCounts before, DailyCounts after) {
        // each day's row of a measure and key is split into SLOTS rows (by thread), so concurrent events seldom wait
        int slot = (int) (Thread.currentThread().getId() % SLOTS);
        for (Map.Entry<DailyCounts.Key, Long> change : after.minus(before).entrySet()) {
            // INSERT ... ON DUPLICATE KEY UPDATE: MariaDB's upsert, which H2 accepts in its MariaDB mode
            em.createNativeQuery("insert into rep_daily_figures (on_day, measure, group_key, slot, n) values (?1, ?2, ?3, ?4, ?5)"
                            + " on duplicate key update n = n + " + change.getValue())
                    .setParameter(1, java.sql.Date.valueOf(change.getKey().day())).setParameter(2, change.getKey().measure())
                    .setParameter(3, change.getKey().key()).setParameter(4, slot).setParameter(5, change.getValue())
                    .executeUpdate();
        }
    }

    /** Rows per day, measure and key that concurrent transactions spread their changes over (the reads sum them). */
    static final int SLOTS = 4;

    /** Whether the summaries hold what the facts say, cut into days of the application's time zone. */
    public boolean usable() {
        List<?> state = em.createNativeQuery("select zone from rep_figures_state where id = 1 and built_at is not null")
                .getResultList();
        return !state.isEmpty() && clock.getZone().getId().equals(state.get(0));
    }

    /** The sums per key of one measure over the days of a period (keys whose sum is zero left out). */
    public Map<String, Long> sums(String measure, Period period) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Object result : em.createNativeQuery("select group_key, sum(n) from rep_daily_figures where measure = ?1"
                        + " and on_day >= ?2 and on_day <= ?3 group by group_key order by sum(n) desc, group_key")
                .setParameter(1, measure).setParameter(2, java.sql.Date.valueOf(period.start()))
                .setParameter(3, java.sql.Date.valueOf(period.end())).getResultList()) {
            Object[] row = (Object[]) result;
            long n = ((Number) row[1]).longValue();
            if (n != 0) {
                sums.put((String) row[0], n);
            }
        }
        return sums;
    }

    /** Rebuilds at start-up when the summaries were never built, were marked stale, or were cut in another zone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rebuildIfStale() {
        if (!usable()) {
            long started = System.nanoTime();
            int rows = rebuild();
            LOG.info("Reporting figures: daily summaries rebuilt from the facts (" + rows + " rows, "
                    + (System.nanoTime() - started) / 1_000_000 + " ms)");
        }
    }

    /**
     * Sums every fact again, in one transaction: the rows are deleted first (which, on MariaDB, makes concurrent
     * events wait for the rebuild and then add to it), then the facts are read in pages. Returns the rows written.
     */
    @Transactional
    public int rebuild() {
        em.createNativeQuery("delete from rep_daily_figures").executeUpdate();
        DailyCounts all = new DailyCounts();
        each(RequestFact.class, "requestId", (fact, counts) -> fact.countInto(counts, clock.getZone()), all);
        each(SurveyFact.class, "responseId", (fact, counts) -> fact.countInto(counts, clock.getZone()), all);
        each(InvitationFact.class, "invitationId", (fact, counts) -> fact.countInto(counts, clock.getZone()), all);
        // one batch of inserts through the transaction's connection: the table is empty
        try (java.sql.PreparedStatement insert = em.unwrap(java.sql.Connection.class).prepareStatement(
                "insert into rep_daily_figures (on_day, measure, group_key, n) values (?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<DailyCounts.Key, Long> row : all.all().entrySet()) {
                insert.setDate(1, java.sql.Date.valueOf(row.getKey().day()));
                insert.setString(2, row.getKey().measure());
                insert.setString(3, row.getKey().key());
                insert.setLong(4, row.getValue());
                insert.addBatch();
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("the daily summaries could not be written", e);
        }
        em.createNativeQuery("update rep_figures_state set zone = ?1, built_at = ?2 where id = 1")
                .setParameter(1, clock.getZone().getId()).setParameter(2, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        return all.all().size();
    }

    private <T> void each(Class<T> type, String id, BiConsumer<T, DailyCounts> count, DailyCounts into) {
        long after = Long.MIN_VALUE;
        List<T> page;
        do {
            page = em.createQuery("select f from " + type.getSimpleName() + " f where f." + id + " > :after order by f." + id,
                    type).setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (T fact : page) {
                count.accept(fact, into);
            }
            if (!page.isEmpty()) {
                after = ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(page.get(page.size() - 1)))
                        .longValue();
            }
            em.clear();
        } while (page.size() == PAGE);
    }

    /** For tests: every day, measure and key as "measure day key = n" (the slots summed), in key order. */
    public List<String> dump() {
        return em.createNativeQuery("select measure, on_day, group_key, sum(n) from rep_daily_figures"
                        + " group by measure, on_day, group_key having sum(n) <> 0 order by measure, on_day, group_key")
                .getResultList().stream()
                .map(r -> {
                    Object[] row = (Object[]) r;
                    return row[0] + " " + row[1] + " " + row[2] + " = " + row[3];
                }).toList();
    }
}

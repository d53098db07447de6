package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ektefaa.platform.api.StatusCounts;

/**
 * The counters of {@link StatusCounts}. Each status has {@link #SLOTS} rows that concurrent transactions spread their
 * additions over (by thread, as the satisfaction module's daily figures do), so that two intakes seldom wait for each
 * other; a transaction writes its rows in status-name order (the primary key's), so that two never dead-lock. The
 * upsert is MariaDB's {@code INSERT … ON DUPLICATE KEY UPDATE}, which H2 accepts in its MariaDB mode. Table names come
 * from the modules' code, never from input.
 */
@ApplicationScoped
public class SlottedStatusCounts implements StatusCounts {

    static final int SLOTS = 4;

    @Override
    public <S extends Enum<S>> void add(EntityManager em, String table, Map<S, Long> deltas) {
        Map<String, Long> ordered = new TreeMap<>();
        deltas.forEach((status, n) -> ordered.merge(status.name(), n, Long::sum));
        int slot = (int) (Thread.currentThread().getId() % SLOTS);
        ordered.forEach((status, n) -> {
            if (n != 0) {
                em.createNativeQuery("insert into " + table + " (status, slot, n) values (?1, ?2, " + n
                                + ") on duplicate key update n = n + " + n)
                        .setParameter(1, status).setParameter(2, slot).executeUpdate();
            }
        });
    }

    @Override
    public <S extends Enum<S>> Map<S, Long> read(EntityManager em, String table, Class<S> type) {
        Map<S, Long> counts = new EnumMap<>(type);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, sum(n) from " + table + " group by status")
                .getResultList();
        for (Object[] row : rows) {
            for (S status : type.getEnumConstants()) {
                if (status.name().equals(row[0])) {
                    counts.put(status, ((Number) row[1]).longValue());
                }
            }
        }
        return counts;
    }

    @Override
    public void rebuild(EntityManager em, String table, String status, String source) {
        em.createNativeQuery("delete from " + table).executeUpdate();
        em.createNativeQuery("insert into " + table + " (status, slot, n) select " + status + ", 0, count(*) from "
                + source + " group by " + status).executeUpdate();
    }
}

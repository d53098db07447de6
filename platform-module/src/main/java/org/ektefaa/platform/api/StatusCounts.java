package org.ektefaa.platform.api;

import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * How many records of a kind stand in each status, kept as they move (issue #19): the dashboards read a handful of
 * counter rows instead of counting every file and request ever kept. Each module keeps its counters in a table of its
 * own ({@code status, slot, n}), written through its own persistence context in the transaction that moves the
 * records, so a count never includes what was not committed; {@link #rebuild} counts the records again.
 */
public interface StatusCounts {

    /** Adds {@code deltas} (status → change) to {@code table}'s counters, in the caller's transaction. */
    <S extends Enum<S>> void add(EntityManager em, String table, Map<S, Long> deltas);

    /** The counters of {@code table} per status (statuses never counted are absent; a status no longer known is skipped). */
    <S extends Enum<S>> Map<S, Long> read(EntityManager em, String table, Class<S> type);

    /**
     * Counts the records again, replacing {@code table}'s counters: {@code status} is the SQL expression of the status a
     * row is counted under (its status column, or a {@code CASE} over it) and {@code source} the records' table.
     */
    void rebuild(EntityManager em, String table, String status, String source);
}

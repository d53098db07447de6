package org.ektefaa.reporting.entity;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What facts add to the daily summaries: a count per (measure, local day, key), in the order of the summary table's
 * primary key. A fact says what it counts ({@code countInto}); the difference between what it counted before and after
 * an event is what the event changes in the summaries.
 */
public final class DailyCounts {

    public static final String RECEIVED_CHANNEL = "RECEIVED_CHANNEL";
    public static final String RECEIVED_TYPE = "RECEIVED_TYPE";
    public static final String DELIVERIES = "DELIVERIES";
    public static final String CLOSED = "CLOSED";
    public static final String INQUIRY_CLOSED = "INQUIRY_CLOSED";
    public static final String DECIDED = "DECIDED";
    public static final String INVITED = "INVITED";
    public static final String OVERALL_CHANNEL = "OVERALL_CHANNEL";
    public static final String OVERALL_SERVICE = "OVERALL_SERVICE";

    /** One summary row's key. */
    public record Key(String measure, LocalDate day, String key) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int c = measure.compareTo(other.measure);
            if (c == 0) {
                c = day.compareTo(other.day);
            }
            return c != 0 ? c : key.compareTo(other.key);
        }
    }

    private final Map<Key, Long> counts = new TreeMap<>();

    public void add(LocalDate day, String measure, String key, long n) {
        if (n != 0) {
            counts.merge(new Key(measure, day, key), n, Long::sum);
        }
    }

    public void addAll(DailyCounts other) {
        other.counts.forEach((k, n) -> counts.merge(k, n, Long::sum));
    }

    /** What turns {@code before} into this: the changes to write, zeros left out, in key order. */
    public Map<Key, Long> minus(DailyCounts before) {
        Map<Key, Long> change = new TreeMap<>(counts);
        before.counts.forEach((k, n) -> change.merge(k, -n, Long::sum));
        change.values().removeIf(n -> n == 0);
        return change;
    }

    public Map<Key, Long> all() {
        return counts;
    }
}

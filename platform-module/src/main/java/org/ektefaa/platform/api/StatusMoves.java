package org.ektefaa.platform.api;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The status changes of one record not yet added to its module's counters ({@link StatusCounts}): an entity keeps one,
 * notes every move in it (a new record moves from nothing to its first status), and its boundary hands what is
 * pending to the counters in the same transaction. Entities refuse to be written with moves still pending
 * ({@code @PreUpdate}), so that a forgotten count fails every test that takes that path rather than drifting.
 */
public final class StatusMoves<S extends Enum<S>> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<S, Long> pending;

    public StatusMoves(Class<S> type) {
        this.pending = new EnumMap<>(type);
    }

    /** One record left {@code from} (null for a new record) for {@code to}. */
    public void moved(S from, S to) {
        if (from == to) {
            return;
        }
        if (from != null) {
            pending.merge(from, -1L, Long::sum);
        }
        pending.merge(to, 1L, Long::sum);
    }

    /** Whether a move waits to be counted. */
    public boolean pending() {
        return pending.values().stream().anyMatch(n -> n != 0);
    }

    /** What waits to be counted, per status (non-zero only); nothing waits afterwards. */
    public Map<S, Long> drain() {
        EnumMap<S, Long> out = new EnumMap<>(pending);
        out.values().removeIf(n -> n == 0);
        pending.clear();
        return out;
    }
}

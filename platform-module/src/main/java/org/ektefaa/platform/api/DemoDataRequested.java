package org.ektefaa.platform.api;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The demo data switch was on at start-up ({@code EKTEFAA_DEMO_DATA=true}) and no demo data exists yet: each
 * module fills its part through its own boundary, in order of the observers' priority (beneficiaries, requests,
 * satisfaction, volunteering), so the events fire and the reports' facts fill as in real use.
 *
 * <p>Demo data is spread over the past months: a module moves the clock every module reads with {@link #at}
 * before each step (a file opened in June, decided ten days later…), and the platform puts it back to the
 * present once every module is done. This clock moves only while the demo data loads.
 *
 * @param seed the random seed, so two demo databases look the same
 * @param now the present: the demo never goes beyond it
 * @param clock moves the clock (use {@link #at})
 * @param settling writes and lets go of what every module's persistence context holds (use {@link #settle})
 */
public record DemoDataRequested(long seed, Instant now, Consumer<Instant> clock, Runnable settling) {

    /**
     * Fired by {@link #settle}: each module writes what its persistence context holds and clears it. The demo loads
     * in one transaction; without this, every query checks every entity loaded so far for changes before it runs,
     * and the load slows down as it grows (a flight recording of the demo's start: 73 % of its time so).
     */
    public record Settle() {
    }

    /**
     * Between two steps of a module's demo, where it holds no entity it will change again: what the modules hold is
     * written and let go of ({@link Settle}).
     */
    public void settle() {
        settling.run();
    }

    /** From here on, until the next call, every module's clock reads {@code when} (at most {@link #now}). */
    public Instant at(Instant when) {
        Instant moment = when.isAfter(now) ? now : when;
        clock.accept(moment);
        return moment;
    }

    /** Whether a step planned at {@code when} has happened yet (the demo leaves later steps undone). */
    public boolean happened(Instant when) {
        return !when.isAfter(now);
    }
}

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
 */
public record DemoDataRequested(long seed, Instant now, Consumer<Instant> clock) {

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

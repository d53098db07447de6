package org.ektefaa.platform.api;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Work nobody signed in asked for — a timer, start-up, demo data, an import — runs as the system, explicitly and
 * by name: boundaries that declare the roles they allow ({@code @RolesAllowed}) let it through, and what it
 * records carries its name. Nothing a visitor sends can make code run as the system: only code that calls
 * {@link #run} does.
 */
public final class SystemActor {

    /** The name recorded for work of the system itself. */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SystemActor() {
    }

    /** Runs {@code work} as the system actor {@code name} (for example "system", or "import:file.xlsx"). */
    public static <T> T call(String name, Callable<T> work) throws Exception {
        String before = CURRENT.get();
        CURRENT.set(name);
        try {
            return work.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** {@link #call} for work that throws nothing checked. */
    public static void run(String name, Runnable work) {
        try {
            call(name, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #call} for work that returns a value and throws nothing checked. */
    public static <T> T supply(String name, java.util.function.Supplier<T> work) {
        try {
            return call(name, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system actor this thread runs as, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}

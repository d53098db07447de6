package org.ektefaa.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ektefaa.platform.api.DatabaseMigrated;

/**
 * Once the schema is migrated, rebuilds the daily summaries of the facts if they are not built (the first start after
 * the migration that created them, a change of the association's time zone, or facts written by hand and marked so).
 * Should it fail, the figures are counted from the facts until the next start.
 */
@ApplicationScoped
public class FactsAtStartup {

    private static final Logger LOG = Logger.getLogger(FactsAtStartup.class.getName());

    @Inject
    DailyFacts daily;

    // before the demo data loader (default priority), whose writes in the start-up transaction would hold the rows
    // this rebuild deletes
    void on(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) DatabaseMigrated migrated) {
        try {
            daily.rebuildIfStale();
        } catch (RuntimeException e) {
            LOG.warning("Reporting figures: the daily summaries could not be rebuilt (" + e.getClass().getSimpleName()
                    + "); the figures are counted from the facts until the next start");
        }
    }
}

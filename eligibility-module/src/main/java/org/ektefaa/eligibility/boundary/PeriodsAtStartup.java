package org.ektefaa.eligibility.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ektefaa.platform.api.DatabaseMigrated;
import org.ektefaa.platform.api.SystemActor;

/**
 * Once the schema is migrated: files registered before eligibility periods were kept (an upgrade to issue #26's
 * renewals) get the period their latest assessment said, so that they are listed to renew and a correction no longer
 * gives them a fresh period; a page of 500 per transaction, nothing to do on later starts. Should it fail, the files
 * get their period when they are next assessed.
 */
@ApplicationScoped
public class PeriodsAtStartup {

    private static final Logger LOG = Logger.getLogger(PeriodsAtStartup.class.getName());

    @Inject
    Renewals renewals;

    void on(@Observes DatabaseMigrated migrated) {
        try {
            long after = 0;
            while (after >= 0) {
                long from = after;
                after = SystemActor.supply(SystemActor.SYSTEM, () -> renewals.fillMissingPeriods(from, 500));
            }
        } catch (RuntimeException e) {
            LOG.warning("Eligibility: the periods of files registered before renewals could not all be made ("
                    + e.getClass().getSimpleName() + "); each gets its period when it is next assessed");
        }
    }
}

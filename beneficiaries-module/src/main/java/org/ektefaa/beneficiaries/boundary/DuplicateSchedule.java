package org.ektefaa.beneficiaries.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ektefaa.beneficiaries.control.DuplicateSweep;
import org.ektefaa.platform.api.SystemActor;

/**
 * Every night at 02:30 (issue #24), the files that may be the same person are looked for again across all files. On
 * several servers each runs it; a pair is kept once (its files' ids are unique together).
 */
@Singleton
public class DuplicateSchedule {

    private static final Logger LOG = Logger.getLogger(DuplicateSchedule.class.getName());

    @Inject
    DuplicateSweep sweep;

    /** Outside a transaction of its own: each batch of the sweep commits on its own. */
    @Schedule(hour = "2", minute = "30", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        SystemActor.run(SystemActor.SYSTEM, () -> {
            long open = sweep.run();
            LOG.info("Duplicate check: " + open + " pairs of files open");
        });
    }
}

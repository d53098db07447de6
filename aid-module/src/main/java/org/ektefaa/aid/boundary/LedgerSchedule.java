package org.ektefaa.aid.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.ektefaa.platform.api.SystemActor;

/** Every night at 03:15 (issue #27), the aid ledger's chain is checked ({@link LedgerCheck}). */
@Singleton
public class LedgerSchedule {

    @Inject
    LedgerCheck check;

    @Schedule(hour = "3", minute = "15", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        SystemActor.run(SystemActor.SYSTEM, check::check);
    }
}

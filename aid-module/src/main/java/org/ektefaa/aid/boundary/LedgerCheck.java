package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.ektefaa.aid.control.Ledger;
import org.ektefaa.aid.entity.LedgerHead;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Role;

/**
 * Every night at 03:15 ({@link LedgerSchedule}, issue #27), the ledger's chain is read from its first row to its last: a row changed or removed
 * in the database is found where it happened, logged (its row number only), audited, and shown on the funds page until
 * a later check finds the chain whole again. Administrators may check it at any time.
 */
@ApplicationScoped
@Transactional
public class LedgerCheck {

    private static final Logger LOG = Logger.getLogger(LedgerCheck.class.getName());

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Event<Audited> audited;

    /** Checks the chain now (an administrator, or the nightly schedule); what it found is kept on the ledger's head. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Ledger.Found check() {
        Ledger.Found found = Ledger.check(em, clock.instant());
        if (!found.intact()) {
            LOG.warning("The aid ledger's chain is broken at row " + found.brokenAt() + " of " + found.rows());
            audited.fire(new Audited(caller.name(), "LEDGER_BROKEN", "Disbursement",
                    String.valueOf(found.brokenAt()), found.rows() + " rows read"));
        }
        return found;
    }

    /** What the last check found (when, how many rows, where it broke), read from the ledger's head. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public LedgerHead last() {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID);
        em.refresh(head);
        return head;
    }
}

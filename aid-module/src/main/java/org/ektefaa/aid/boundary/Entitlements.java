package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ektefaa.aid.control.EntitlementBook;
import org.ektefaa.aid.entity.Entitlement;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.Versioned;
import org.ektefaa.requests.api.RequestDecided;
import org.ektefaa.requests.api.RequestType;

/**
 * Entitlements (issue #27): opened by the approval of a support request for a service a programme delivers, in the
 * deciding transaction (the approval and its entitlement exist together or not at all, and a fund that may not pay for
 * the household refuses the approval); read on the file's "Aid" tab; shortened, suspended, resumed or ended by the
 * executive, each change as the user saw it and audited (the reason itself stays on the entitlement: it may speak of a
 * family's circumstances).
 */
@ApplicationScoped
@Transactional
public class Entitlements {

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    /** In the deciding transaction: an approved support request for a file opens its programme's entitlement. */
    void on(@Observes RequestDecided decided) {
        if (!decided.approved() || decided.type() != RequestType.SUPPORT || decided.beneficiaryId() == null) {
            return;
        }
        EntitlementBook book = new EntitlementBook(em);
        if (book.ofRequest(decided.requestId()).isPresent()) {
            return; // the same approval seen again
        }
        String category = files.summary(decided.beneficiaryId())
                .map(org.ektefaa.beneficiaries.api.BeneficiarySummary::categoryCode).orElse(null);
        book.open(decided.beneficiaryId(), decided.requestId(), decided.trackingNumber(), decided.serviceCode(),
                        decided.quantity(), decided.fundCode(), category, LocalDate.now(clock), caller.name(),
                        clock.instant())
                .ifPresent(e -> {
                    em.flush();
                    audited.fire(new Audited(caller.name(), "ENTITLEMENT_OPENED", "Entitlement",
                            String.valueOf(e.getId()), e.getTrackingNumber() + " " + e.getProgrammeCode() + " fund="
                            + e.getFundCode()));
                });
    }

    /**
     * After a request's closing is committed: its entitlement, if any, ends, and what it still promised is cancelled —
     * an entitlement never outlives its request (a service recorded as delivered on the request, then completed, is
     * not handed out again, and the fund's committed amount stays true).
     */
    void on(@Observes @org.ektefaa.platform.api.Committed org.ektefaa.requests.api.RequestClosed closed) {
        new EntitlementBook(em).ofRequest(closed.requestId())
                .filter(e -> e.getStatus() != Entitlement.Status.ENDED).ifPresent(e -> {
                    e.endWithRequest(closed.closedBy(), clock.instant());
                    audited.fire(new Audited(closed.closedBy(), "ENTITLEMENT_ENDED", "Entitlement",
                            String.valueOf(e.getId()), e.getTrackingNumber() + " request closed"));
                });
    }

    /** A file's entitlements with their instalments, the newest first. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Entitlement> ofFile(long fileId) {
        List<Entitlement> found = new EntitlementBook(em).ofFile(fileId);
        found.forEach(e -> e.getInstalments().size());
        return found;
    }

    /** The programmes, by code (their names and units for the file's tab). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<String, Programme> programmes() {
        Map<String, Programme> all = new java.util.HashMap<>();
        em.createQuery("select p from Programme p", Programme.class).getResultList()
                .forEach(p -> all.put(p.getCode(), p));
        return all;
    }

    /** The funds, by code (their names for the file's tab). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<String, org.ektefaa.aid.entity.Fund> funds() {
        Map<String, org.ektefaa.aid.entity.Fund> all = new java.util.HashMap<>();
        em.createQuery("select f from Fund f", org.ektefaa.aid.entity.Fund.class).getResultList()
                .forEach(f -> all.put(f.getCode(), f));
        return all;
    }

    /** Suspends it until {@code until} (null: until resumed), with a reason. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Entitlement suspend(long id, long expectedVersion, String reason, LocalDate until) {
        return change(id, expectedVersion, "ENTITLEMENT_SUSPENDED",
                e -> e.suspend(reason, until, LocalDate.now(clock), caller.name(), clock.instant()));
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Entitlement resume(long id, long expectedVersion) {
        return change(id, expectedVersion, "ENTITLEMENT_RESUMED", e -> e.resume(caller.name(), clock.instant()));
    }

    /** Ends it, with a reason: what is still due is cancelled. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Entitlement end(long id, long expectedVersion, String reason) {
        return change(id, expectedVersion, "ENTITLEMENT_ENDED", e -> e.end(reason, caller.name(), clock.instant()));
    }

    /** Keeps its first {@code count} instalments. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Entitlement shorten(long id, long expectedVersion, int count) {
        return change(id, expectedVersion, "ENTITLEMENT_SHORTENED",
                e -> e.shorten(count, caller.name(), clock.instant()));
    }

    private Entitlement change(long id, long expectedVersion, String action, Consumer<Entitlement> change) {
        Entitlement entitlement = Versioned.asSeen(em.find(Entitlement.class, id), expectedVersion);
        change.accept(entitlement);
        em.flush();
        audited.fire(new Audited(caller.name(), action, "Entitlement", String.valueOf(id),
                entitlement.getTrackingNumber()));
        entitlement.getInstalments().size();
        return entitlement;
    }
}

package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ektefaa.aid.control.RoundBook;
import org.ektefaa.aid.entity.Disbursement;
import org.ektefaa.aid.entity.Instalment;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * Collection at a distribution point (issue #27): the person's code (or identity number) opens their lines in today's
 * round — the household's name and what is due, nothing else of the file — and each line is recorded as collected once
 * (see {@link RoundBook#record}), by the person or a named proxy with their identity number. Lookups are limited per
 * user, so that codes cannot be tried one after another.
 */
@ApplicationScoped
@Transactional
public class Collections {

    /** Code or identity lookups one user may make in a minute at a point. */
    static final int LOOKUPS_PER_MINUTE = 30;

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    @Inject
    org.ektefaa.platform.api.Allowances allowances;

    @Inject
    Event<org.ektefaa.requests.api.AidHandedOut> handedOut;

    /** A line as the point sees it: whose, what, and if already collected, by whom, when and where. */
    public record Line(long instalmentId, String household, String programme, BigDecimal quantity,
                       Programme.Unit unit, LocalDate dueOn, Instalment.Status status, boolean suspended,
                       String recordedBy, Instant recordedAt, String place, String proxyName)
            implements java.io.Serializable {

        public boolean collectable() {
            return status == Instalment.Status.DUE && !suspended;
        }
    }

    /** Today's rounds open for collection. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Round> openToday() {
        return em.createQuery("select r from Round r where r.status = :open and r.heldOn = :today order by r.id",
                Round.class).setParameter("open", Round.Status.NOTIFIED).setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    /**
     * The lines {@code typed} opens in the round: a collection code, or the identity number (or beneficiary number) of
     * the file; empty when it opens nothing here.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Line> find(long roundId, String typed, Locale locale) {
        if (!allowances.named("aid-collection-lookup", LOOKUPS_PER_MINUTE, Duration.ofMinutes(1))
                .tryAcquire(caller.name())) {
            throw new RuleViolation("collect.error.tooMany");
        }
        openToday(roundId);
        RoundBook book = new RoundBook(em, personalData::lookupHash);
        List<Instalment> lines = book.byCode(roundId, typed);
        if (lines.isEmpty() && NationalIds.isValid(typed)) {
            // the identity number on the person's card (not a beneficiary number: those are sequential, not secret)
            lines = files.findByReference(NationalIds.normalise(typed))
                    .map(person -> book.byFile(roundId, person.id())).orElse(List.of());
        }
        if (lines.stream().map(i -> i.getEntitlement().getFileId()).distinct().count() > 1) {
            throw new RuleViolation("collect.error.askId"); // never two households for one code: ask for the card
        }
        return lines(book, lines, locale);
    }

    /** A round open for collection today, or refused. */
    private Round openToday(long roundId) {
        Round round = em.find(Round.class, roundId);
        if (round == null || !round.isOpen() || !round.getHeldOn().equals(LocalDate.now(clock))) {
            throw new RuleViolation("collect.error.roundClosed");
        }
        return round;
    }

    /** The lines of today's round again, as they are now (after a refusal, to show who collected them). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Line> again(long roundId, List<Long> instalmentIds, Locale locale) {
        openToday(roundId);
        if (instalmentIds.isEmpty()) {
            return List.of();
        }
        List<Instalment> lines = em.createQuery("select i from Instalment i join fetch i.entitlement"
                + " where i.id in :ids and i.roundId = :r order by i.dueOn, i.id", Instalment.class)
                .setParameter("ids", instalmentIds).setParameter("r", roundId).getResultList();
        return lines(new RoundBook(em, personalData::lookupHash), lines, locale);
    }

    private List<Line> lines(RoundBook book, List<Instalment> lines, Locale locale) {
        Map<Long, String> names = files.names(lines.stream().map(i -> i.getEntitlement().getFileId()).distinct()
                .toList());
        LocalDate today = LocalDate.now(clock);
        return lines.stream().map(i -> {
            Disbursement done = i.getStatus() == Instalment.Status.COLLECTED
                    ? book.disbursementOf(i.getId()).orElse(null) : null;
            Programme programme = em.find(Programme.class, i.getEntitlement().getProgrammeCode());
            return new Line(i.getId(), names.getOrDefault(i.getEntitlement().getFileId(), ""),
                    programme == null ? i.getEntitlement().getProgrammeCode() : programme.name(locale),
                    i.getQuantity(), i.getEntitlement().getUnit(), i.getDueOn(), i.getStatus(),
                    !i.getEntitlement().activeOn(today), done == null ? null : done.getRecordedBy(),
                    done == null ? null : done.getRecordedAt(), done == null ? null : done.getPlace(),
                    done == null ? null : done.getProxyName());
        }).toList();
    }

    /**
     * Records a line as collected, by the person or by {@code proxyName} with {@code proxyIdNumber} (a valid identity
     * number, sealed at rest); {@code requestKey} is the key the page made when it showed the line.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Disbursement record(long roundId, long instalmentId, String requestKey, String proxyName,
                               String proxyIdNumber) {
        String proxy = proxyName == null || proxyName.isBlank() ? null : proxyName.strip();
        String sealed = null;
        if (proxy != null) {
            if (proxy.length() < 5 || proxy.length() > 200 || !NationalIds.isValid(proxyIdNumber)) {
                throw new RuleViolation("collect.error.proxy");
            }
            sealed = personalData.seal(NationalIds.normalise(proxyIdNumber));
        }
        java.time.Instant now = clock.instant();
        RoundBook.Recorded recorded = new RoundBook(em, personalData::lookupHash).record(roundId, instalmentId,
                requestKey, proxy, sealed, LocalDate.now(clock), caller.name(), now);
        Disbursement row = recorded.row();
        if (recorded.now()) { // not the same post again
            audited.fire(new Audited(caller.name(), "AID_COLLECTED", "Instalment", String.valueOf(instalmentId),
                    "round " + roundId + (proxy == null ? "" : " by proxy")));
            org.ektefaa.aid.entity.Entitlement entitlement = em.find(Instalment.class, instalmentId).getEntitlement();
            handedOut.fire(new org.ektefaa.requests.api.AidHandedOut(entitlement.getRequestId(), row.getQuantity(),
                    LocalDate.now(clock), row.getPlace(), caller.name(), now, recorded.last()));
        }
        return row;
    }
}

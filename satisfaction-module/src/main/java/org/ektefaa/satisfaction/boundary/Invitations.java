package org.ektefaa.satisfaction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.protect.OneTimeTokens;
import org.ektefaa.requests.api.RequestClosed;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.satisfaction.control.DailyFigures;
import org.ektefaa.satisfaction.control.InvitationIssuer;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.SurveySettings;

/**
 * Invitations to evaluate a service (policy §3.5–§3.6): one follows every closed request, unless the person cannot be
 * reached or opted out; one reminder, then expiry (the timer's work); the quality officer's tracking of them all and
 * of those sent about one request.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    RequestDirectory requests;

    @Inject
    InvitationIssuer issuer;

    @Inject
    DailyFigures daily;

    @Inject
    Clock clock;

    /**
     * Every closed request is followed by an invitation, unless the person cannot be reached or opted out; after
     * the closing is committed, so that a failure here never reopens it.
     */
    void on(@Observes @org.ektefaa.platform.api.Committed RequestClosed closed) {
        if (em.createQuery("select count(i) from Invitation i where i.requestId = :r and i.kiosk = false"
                        + " and i.createdAt >= :closed", Long.class)
                .setParameter("r", closed.requestId()).setParameter("closed", closed.closedAt()).getSingleResult() > 0) {
            return;   // this closing was already followed by its invitation
        }
        requests.contact(closed.requestId()).ifPresent(contact -> {
            String contactHash = issuer.contactHash(contact);
            if (issuer.optedOut(contactHash)) {
                return;
            }
            InvitationIssuer.Issued issued = issuer.issue(closed.requestId(), closed.trackingNumber(), closed.type(),
                    closed.channel(), closed.serviceCode(), closed.closedBy(), contact.language(), contactHash, false);
            issuer.send(issued.invitation(), contact, issued.token(), "invite");
        });
    }

    /** The timer's work: one reminder after the configured days, and expiry. Returns how many were reminded. */
    @RolesAllowed({Role.ADMIN_NAME})
    public int remindAndExpire() {
        Instant now = clock.instant();
        SurveySettings settings = issuer.settings();
        int reminded = 0;
        long after = 0;
        List<Invitation> open;
        do { // every open invitation, 500 at a time (not only the first 500)
            open = em.createQuery("select i from Invitation i where i.status in :open and i.id > :after order by i.id",
                            Invitation.class)
                    .setParameter("open", List.of(InvitationStatus.SENT, InvitationStatus.OPENED))
                    .setParameter("after", after).setMaxResults(500).getResultList();
            reminded += remindOrExpire(open, now, settings);
            after = open.isEmpty() ? after : open.get(open.size() - 1).getId();
        } while (open.size() == 500);
        return reminded;
    }

    private int remindOrExpire(List<Invitation> open, Instant now, SurveySettings settings) {
        int reminded = 0;
        for (Invitation invitation : open) {
            invitation.expire(now);
            if (invitation.needsReminder(now, Duration.ofDays(settings.getReminderAfterDays()))) {
                Optional<RequestDirectory.Contact> contact = requests.contact(invitation.getRequestId());
                String token = OneTimeTokens.newToken();
                invitation.reminded(OneTimeTokens.hash(token), now);
                if (contact.isPresent() && !issuer.optedOut(invitation.getContactHash())) {
                    issuer.send(invitation, contact.get(), token, "reminder");
                    reminded++;
                }
            }
        }
        return reminded;
    }

    /** Invitations, newest first, optionally of one status, for the tracking screen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<Invitation> invitations(InvitationStatus status, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Invitation> query = cb.createQuery(Invitation.class);
        Root<Invitation> i = query.from(Invitation.class);
        query.select(i).where(ofStatus(cb, i, status, clock.instant())).orderBy(cb.desc(i.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    // in a transaction of its own: the counts of all history and of the open invitations come from one snapshot
    @Transactional
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public long countInvitations(InvitationStatus status) {
        if (status != InvitationStatus.SENT && status != InvitationStatus.OPENED && daily.usable()) {
            // all history: the invitations and the answered ones from the daily summaries, the open ones by their index;
            // an invitation is sent, opened, answered or expired
            long[] totals = daily.totals();
            return switch (status == null ? InvitationStatus.SENT : status) {
                case ANSWERED -> totals[1];
                case EXPIRED -> totals[0] - totals[1] - countInvitations(InvitationStatus.SENT)
                        - countInvitations(InvitationStatus.OPENED);
                default -> totals[0];
            };
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Invitation> i = query.from(Invitation.class);
        query.select(cb.count(i)).where(ofStatus(cb, i, status, clock.instant()));
        return em.createQuery(query).getSingleResult();
    }

    /** The invitations sent about a request and whether a follow-up was opened: the loop, seen from a request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<Invitation> invitationsFor(long requestId) {
        return issuer.invitationsOf(requestId);
    }

    /**
     * The invitations about the requests on a beneficiary's file, newest first (the file's surveys tab, issue #21):
     * whether the person was asked and answered, never what they answered — an evaluation is the person's right and
     * must not weigh on their next request (policy §3.6), so the answers stay with the quality officer's figures; the tab
     * does not show when an invitation was answered either, which would tie an anonymous answer to the person.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Invitation> ofBeneficiary(long beneficiaryId, int max) {
        List<Long> ids = requests.ofBeneficiary(beneficiaryId, max).stream().map(RequestDirectory.Visit::requestId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Invitation i where i.requestId in :ids order by i.createdAt desc, i.id desc",
                Invitation.class).setParameter("ids", ids).setMaxResults(max).getResultList();
    }

    /**
     * The invitations in {@code status} at {@code now} ({@link Invitation#statusAt}): an open one whose link has expired
     * counts as expired before the hourly timer records it, so that the tiles, the list and the response rate agree.
     */
    private static Predicate[] ofStatus(CriteriaBuilder cb, Root<Invitation> i, InvitationStatus status, Instant now) {
        if (status == null) {
            return new Predicate[0];
        }
        jakarta.persistence.criteria.Path<Instant> expiresAt = i.get("link").get("expiresAt");
        return new Predicate[] {switch (status) {
            case SENT, OPENED -> cb.and(cb.equal(i.get("status"), status), cb.greaterThan(expiresAt, now));
            case EXPIRED -> cb.or(cb.equal(i.get("status"), status),
                    cb.and(i.get("status").in(InvitationStatus.SENT, InvitationStatus.OPENED),
                            cb.lessThanOrEqualTo(expiresAt, now)));
            case ANSWERED -> cb.equal(i.get("status"), status);
        }};
    }
}

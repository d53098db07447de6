package org.ektefaa.satisfaction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.PublicLinks;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.FollowUpRequested;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.satisfaction.api.SurveyAnswered;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.platform.api.protect.OneTimeTokens;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.OptOut;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.ektefaa.satisfaction.entity.SurveyTemplate;

/**
 * Answering a survey after service (policy §3.5–§3.7): the one-time link a person was sent (or printed on the
 * receipt) opens it once; the answer is saved once, optionally not linked to the person (§3.6); a low overall score
 * asks the requests module for a follow-up call (service recovery). At the reception desk a kiosk answers for a
 * visit. A person may opt out of further invitations. Issuing the invitations is {@link Invitations}.
 */
@ApplicationScoped
@Transactional
public class Surveys implements org.ektefaa.satisfaction.api.SurveyLinks {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** What a survey link leads to. */
    public enum LinkState { ANSWERABLE, USED, EXPIRED, UNKNOWN }

    /** The survey a link or a kiosk visit opens; {@code invitationId} is null unless it is answerable. */
    public record Opened(LinkState state, Long invitationId, SurveyTemplate template, String language,
                         String trackingNumber, org.ektefaa.requests.api.RequestType requestType, String serviceCode) {

        /** A link that opens no survey: only its language is known. */
        public Opened(LinkState state, Long invitationId, SurveyTemplate template, String language) {
            this(state, invitationId, template, language, null, null, null);
        }

        /** The survey of {@code invitation}, saying which request and service it is about (issue #22). */
        static Opened answerable(Invitation invitation) {
            return new Opened(LinkState.ANSWERABLE, invitation.getId(), invitation.getTemplate(), invitation.getLanguage(),
                    invitation.getTrackingNumber(), invitation.getRequestType(), invitation.getServiceCode());
        }

        static Opened unknown() {
            return new Opened(LinkState.UNKNOWN, null, null, null);
        }
    }

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    RequestDirectory requests;

    @Inject
    PublicLinks links;

    @Inject
    Event<SurveyAnswered> answered;

    @Inject
    Event<FollowUpRequested> followUp;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.satisfaction.control.DailyFigures daily;

    @Inject
    org.ektefaa.satisfaction.control.InvitationIssuer issuer;

    /**
     * A survey at the reception kiosk for the visit with {@code trackingNumber}: the invitation already sent
     * for it if still open, otherwise a new one marked as answered at the desk. Empty for an unknown number.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<Long> kiosk(String trackingNumber) {
        String by = caller.name();
        return requests.visit(trackingNumber).map(visit -> {
            Instant now = clock.instant();
            Optional<Invitation> open = em.createQuery("select i from Invitation i where i.requestId = :r order by i.id desc",
                            Invitation.class).setParameter("r", visit.requestId()).getResultStream()
                    .filter(i -> i.isAnswerable(now)).findFirst();
            if (open.isPresent()) {
                return open.get().getId();
            }
            if (em.createQuery("select count(i) from Invitation i where i.requestId = :r and i.status = :s", Long.class)
                    .setParameter("r", visit.requestId()).setParameter("s", InvitationStatus.ANSWERED).getSingleResult() > 0) {
                throw new RuleViolation("kiosk.error.answered");
            }
            return issuer.issue(visit.requestId(), visit.trackingNumber(), visit.type(), visit.channel(),
                    visit.serviceCode(), by, visit.language(), null, true).invitation().getId();
        });
    }

    /** What a survey link opens; the first visit marks the invitation opened. */
    @PermitAll
    public Opened open(String token) {
        return byToken(token).map(invitation -> {
            Instant now = clock.instant();
            invitation.expire(now);
            if (invitation.getStatus() == InvitationStatus.ANSWERED) {
                return new Opened(LinkState.USED, null, null, invitation.getLanguage());
            }
            if (!invitation.isAnswerable(now)) {
                return new Opened(LinkState.EXPIRED, null, null, invitation.getLanguage());
            }
            invitation.opened(now);
            return Opened.answerable(invitation);
        }).orElseGet(Opened::unknown);
    }

    /** The kiosk's survey: the invitation it holds, as long as it is answerable. */
    @PermitAll
    public Opened openKiosk(long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.isAnswerable(clock.instant())) {
            return Opened.unknown();
        }
        return Opened.answerable(invitation);
    }

    /**
     * Saves the answer once: the invitation is locked, so a double click or a replayed form is refused as
     * used. Fires {@link SurveyAnswered}; a low overall score of a person who stayed identifiable opens a
     * follow-up request.
     */
    @PermitAll
    public SurveyResponse answer(long invitationId, SurveyResponse.Scores scores, String suggestion, boolean anonymous) {
        Invitation invitation = em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new RuleViolation("survey.error.unknown");
        }
        Instant now = clock.instant();
        SurveyResponse response = new SurveyResponse(invitation, scores, suggestion, anonymous, now);
        invitation.answered(now);
        em.persist(response);
        em.flush();
        if (!anonymous && response.isLow(issuer.settings().getLowScore())) {
            followUp.fire(new FollowUpRequested(invitation.getRequestId(),
                    issuer.text(invitation.getLanguage(), "followUp.reason", scores.overall()), "satisfaction"));
            response.followUpOpened();
        }
        daily.answered(invitation, response);
        SurveyTemplate template = invitation.getTemplate();
        answered.fire(new SurveyAnswered(response.getId(), template.getId(), template.getFamily(), template.getRevision(),
                response.getRequestId(), response.getRequestType(), response.getChannel(), response.getServiceCode(),
                scores.overall(), scores.speed(), scores.courtesy(), scores.clarity(), scores.effort(), scores.recommend(),
                anonymous, invitation.isKiosk(), response.getSuggestion() != null, now));
        return response;
    }

    @Override
    @PermitAll
    public Optional<String> printableLink(long requestId, String language) {
        Instant now = clock.instant();
        return issuer.invitationsOf(requestId).stream().filter(i -> !i.isKiosk() && i.isAnswerable(now))
                .reduce((first, last) -> last).map(invitation -> {
                    String token = OneTimeTokens.newToken();
                    em.find(Invitation.class, invitation.getId()).printed(OneTimeTokens.hash(token));
                    return links.to("/public/survey.xhtml?t=" + token + "&lang=" + (language == null ? "ar" : language));
                });
    }

    /** The person asks not to be invited again; true when the link was known. */
    @PermitAll
    public boolean optOut(String token) {
        return byToken(token).map(invitation -> {
            String hash = invitation.getContactHash();
            if (hash != null && em.find(OptOut.class, hash) == null) {
                em.persist(new OptOut(hash, clock.instant()));
            }
            return true;
        }).orElse(false);
    }




    private Optional<Invitation> byToken(String token) {
        return OneTimeLink.lookupHash(token).flatMap(hash -> em.createQuery(
                        "select i from Invitation i where i.link.tokenHash = :h or i.reminderHash = :h or i.printHash = :h",
                        Invitation.class)
                .setParameter("h", hash).getResultStream().findFirst());
    }

    /** The invitation texts an administrator may reword. */
    @ApplicationScoped
    public static class EditableInvitations implements org.ektefaa.platform.api.MessageTexts.Editable {
        @Override
        public String bundle() {
            return "org.ektefaa.satisfaction.i18n.messages";
        }

        @Override
        public String var() {
            return "sat";
        }

        @Override
        public List<String> keys() {
            return List.of("invite.subject", "invite.body", "reminder.subject", "reminder.body");
        }
    }

}

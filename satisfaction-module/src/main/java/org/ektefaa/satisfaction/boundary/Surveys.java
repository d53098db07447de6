package org.ektefaa.satisfaction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.api.PublicLinks;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.FieldProtection;
import org.ektefaa.requests.api.FollowUpRequested;
import org.ektefaa.requests.api.RequestClosed;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.satisfaction.api.SurveyAnswered;
import org.ektefaa.platform.api.protect.OneTimeTokens;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.OptOut;
import org.ektefaa.satisfaction.entity.SuggestionStatus;
import org.ektefaa.satisfaction.entity.SurveyQuestion;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.ektefaa.satisfaction.entity.SurveySettings;
import org.ektefaa.satisfaction.entity.SurveyTemplate;

/**
 * Surveys after service (policy §3.5–§3.7): when a request is closed the person is invited, in their
 * language, by SMS and/or e-mail, with a one-time link that expires; one reminder; a person may opt out. The
 * answer is saved once, optionally not linked to the person (§3.6); a low overall score asks the requests
 * module for a follow-up call (service recovery). At the reception desk a kiosk answers for a visit.
 */
@ApplicationScoped
@Transactional
public class Surveys implements org.ektefaa.satisfaction.api.SurveyLinks {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** What a survey link leads to. */
    public enum LinkState { ANSWERABLE, USED, EXPIRED, UNKNOWN }

    /** The survey a link or a kiosk visit opens; {@code invitationId} is null unless it is answerable. */
    public record Opened(LinkState state, Long invitationId, SurveyTemplate template, String language) {

        static Opened unknown() {
            return new Opened(LinkState.UNKNOWN, null, null, null);
        }
    }

    private static final Logger LOG = Logger.getLogger(Surveys.class.getName());

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    RequestDirectory requests;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    PublicLinks links;

    @Inject
    Event<NotificationRequested> notify;

    @Inject
    Event<SurveyAnswered> answered;

    @Inject
    Event<FollowUpRequested> followUp;

    @Inject
    Event<org.ektefaa.satisfaction.api.SurveyInvited> invited;

    @Inject
    Event<org.ektefaa.satisfaction.api.SuggestionReviewed> reviewed;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.satisfaction.control.DailyFigures daily;

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
            String contactHash = contactHash(contact);
            if (contactHash != null && em.find(OptOut.class, contactHash) != null) {
                return;
            }
            String token = OneTimeTokens.newToken();
            Invitation invitation = newInvitation(token, closed.requestId(), closed.trackingNumber(), closed.type(),
                    closed.channel(), closed.serviceCode(), closed.closedBy(), contact.language(), contactHash, false);
            send(invitation, contact, token, "invite");
        });
    }

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
            Invitation invitation = newInvitation(OneTimeTokens.newToken(), visit.requestId(), visit.trackingNumber(),
                    visit.type(), visit.channel(), visit.serviceCode(), by, visit.language(), null, true);
            return invitation.getId();
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
            return new Opened(LinkState.ANSWERABLE, invitation.getId(), invitation.getTemplate(), invitation.getLanguage());
        }).orElseGet(Opened::unknown);
    }

    /** The kiosk's survey: the invitation it holds, as long as it is answerable. */
    @PermitAll
    public Opened openKiosk(long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.isAnswerable(clock.instant())) {
            return Opened.unknown();
        }
        return new Opened(LinkState.ANSWERABLE, invitation.getId(), invitation.getTemplate(), invitation.getLanguage());
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
        if (!anonymous && response.isLow(settings().getLowScore())) {
            followUp.fire(new FollowUpRequested(invitation.getRequestId(),
                    text(invitation.getLanguage(), "followUp.reason", scores.overall()), "satisfaction"));
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
        return invitationsFor(requestId).stream().filter(i -> !i.isKiosk() && i.isAnswerable(now))
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

    /** The timer's work: one reminder after the configured days, and expiry. Returns how many were reminded. */
    @RolesAllowed({Role.ADMIN_NAME})
    public int remindAndExpire() {
        Instant now = clock.instant();
        SurveySettings settings = settings();
        List<Invitation> open = em.createQuery("select i from Invitation i where i.status in :open", Invitation.class)
                .setParameter("open", List.of(InvitationStatus.SENT, InvitationStatus.OPENED))
                .setMaxResults(500).getResultList();
        int reminded = 0;
        for (Invitation invitation : open) {
            invitation.expire(now);
            if (invitation.needsReminder(now, Duration.ofDays(settings.getReminderAfterDays()))) {
                Optional<RequestDirectory.Contact> contact = requests.contact(invitation.getRequestId());
                String token = OneTimeTokens.newToken();
                invitation.reminded(OneTimeTokens.hash(token), now);
                if (contact.isPresent() && (invitation.getContactHash() == null
                        || em.find(OptOut.class, invitation.getContactHash()) == null)) {
                    send(invitation, contact.get(), token, "reminder");
                    reminded++;
                }
            }
        }
        return reminded;
    }

    // ---- templates -------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<SurveyTemplate> currentTemplates() {
        return em.createQuery("select t from SurveyTemplate t where t.current = true order by t.family", SurveyTemplate.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<SurveyTemplate> versions(String family) {
        return em.createQuery("select t from SurveyTemplate t where t.family = :f order by t.revision desc",
                SurveyTemplate.class).setParameter("f", family).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<SurveyTemplate> template(long id) {
        return Optional.ofNullable(em.find(SurveyTemplate.class, id));
    }

    /** Saves the designer's changes as the next version; answers already given keep their version. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public SurveyTemplate revise(long currentId, LocalizedName name, List<SurveyQuestion> questions) {
        String by = caller.name();
        SurveyTemplate current = em.find(SurveyTemplate.class, currentId, LockModeType.PESSIMISTIC_WRITE);
        if (current == null || !current.isCurrent()) {
            throw new OptimisticLockException(current);
        }
        validate(name, questions);
        SurveyTemplate next = current.revise(name, questions, by, clock.instant());
        em.persist(next);
        em.flush();
        audited.fire(new Audited(by, "SURVEY_TEMPLATE_REVISED", "SurveyTemplate", String.valueOf(next.getId()),
                next.getFamily() + " v" + next.getRevision()));
        return next;
    }

    /** A new questionnaire for one request type and/or channel. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public SurveyTemplate create(String family, LocalizedName name, RequestType type,
                                 org.ektefaa.platform.api.ContactChannel channel, List<SurveyQuestion> questions) {
        String by = caller.name();
        String code = family == null ? "" : family.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{2,40}") || !versions(code).isEmpty()) {
            throw new RuleViolation("designer.error.family");
        }
        boolean taken = currentTemplates().stream().anyMatch(t -> t.getRequestType() == type && t.getChannel() == channel);
        if (taken) {
            throw new RuleViolation("designer.error.scopeTaken");
        }
        validate(name, questions);
        SurveyTemplate template = new SurveyTemplate(code, name, type, channel, questions, by, clock.instant());
        em.persist(template);
        return template;
    }

    private static void validate(LocalizedName name, List<SurveyQuestion> questions) {
        if (name == null || name.getAr() == null || name.getAr().isBlank() || name.getEn() == null || name.getEn().isBlank()) {
            throw new RuleViolation("designer.error.name");
        }
        if (questions.isEmpty() || questions.stream().noneMatch(q -> q.getQuestion().isScale())) {
            throw new RuleViolation("designer.error.noQuestion");
        }
        if (questions.stream().anyMatch(q -> q.getTextAr().isBlank() || q.getTextEn().isBlank()
                || q.getTextAr().length() > 300 || q.getTextEn().length() > 300)) {
            throw new RuleViolation("designer.error.wording");
        }
    }

    // ---- settings, suggestions, tracking -----------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public SurveySettings settings() {
        return em.find(SurveySettings.class, SurveySettings.ID);
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void changeSettings(long expectedVersion, int expiryDays, int reminderAfterDays, int minGroupSize,
                               int lowScore) {
        String by = caller.name();
        SurveySettings settings = settings();
        if (settings.getVersion() != expectedVersion) {
            throw new OptimisticLockException(settings);
        }
        settings.change(expiryDays, reminderAfterDays, minGroupSize, lowScore);
        audited.fire(new Audited(by, "SURVEY_SETTINGS_CHANGED", "SurveySettings", "1", null));
    }

    /** Suggestions written in surveys, newest first, optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<SurveyResponse> suggestions(SuggestionStatus status, int first, int size) {
        var query = em.createQuery("select r from SurveyResponse r where r.suggestion is not null"
                + (status == null ? "" : " and r.suggestionStatus = :s") + " order by r.id desc", SurveyResponse.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void review(long responseId, long expectedVersion, SuggestionStatus status, String tags) {
        String by = caller.name();
        SurveyResponse response = em.find(SurveyResponse.class, responseId);
        if (response == null || response.getVersion() != expectedVersion) {
            throw new OptimisticLockException(response);
        }
        response.review(status, tags);
        reviewed.fire(new org.ektefaa.satisfaction.api.SuggestionReviewed(responseId, status.name(),
                response.getSuggestionTags(), clock.instant()));
        audited.fire(new Audited(by, "SUGGESTION_REVIEWED", "SurveyResponse", String.valueOf(responseId), status.name()));
    }

    /** Invitations, newest first, optionally of one status, for the tracking screen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<Invitation> invitations(InvitationStatus status, int first, int size) {
        var query = em.createQuery("select i from Invitation i" + (status == null ? "" : " where i.status = :s")
                + " order by i.id desc", Invitation.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
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
        var query = em.createQuery("select count(i) from Invitation i" + (status == null ? "" : " where i.status = :s"),
                Long.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getSingleResult();
    }

    /** The invitations sent about a request and whether a follow-up was opened: the loop, seen from a request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<Invitation> invitationsFor(long requestId) {
        return em.createQuery("select i from Invitation i where i.requestId = :r order by i.id", Invitation.class)
                .setParameter("r", requestId).getResultList();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Invitation newInvitation(String token, long requestId, String trackingNumber, RequestType type,
                                     org.ektefaa.platform.api.ContactChannel channel, String serviceCode, String servedBy,
                                     String language, String contactHash, boolean kiosk) {
        SurveyTemplate template = currentTemplates().stream().filter(t -> t.fit(type, channel) >= 0)
                .max(Comparator.comparingInt(t -> t.fit(type, channel)))
                .orElseThrow(() -> new IllegalStateException("no current survey template applies"));
        Instant now = clock.instant();
        Duration life = kiosk ? Duration.ofHours(2) : Duration.ofDays(settings().getExpiryDays());
        Invitation invitation = new Invitation(OneTimeTokens.hash(token), template, requestId, trackingNumber, type, channel,
                serviceCode, servedBy, language, contactHash, kiosk, now, now.plus(life));
        em.persist(invitation);
        em.flush();
        daily.invited(invitation);
        invited.fire(new org.ektefaa.satisfaction.api.SurveyInvited(invitation.getId(), requestId, type, channel,
                serviceCode, kiosk, now));
        return invitation;
    }

    private void send(Invitation invitation, RequestDirectory.Contact contact, String token, String kind) {
        Locale locale = Locale.forLanguageTag(invitation.getLanguage());
        String link = links.to("/public/survey.xhtml?t=" + token + "&lang=" + locale.getLanguage());
        LocalDate until = LocalDate.ofInstant(invitation.getExpiresAt(), clock.getZone());
        String name = profile.get().name(locale);
        notify.fire(new NotificationRequested(contact.email(), contact.mobile(),
                text(invitation.getLanguage(), kind + ".subject", name),
                text(invitation.getLanguage(), kind + ".body", name, invitation.getTrackingNumber(), link, until.toString()),
                invitation.getTrackingNumber()));
        LOG.fine(() -> "survey " + kind + " queued for invitation " + invitation.getId());
    }

    private Optional<Invitation> byToken(String token) {
        if (!OneTimeTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = OneTimeTokens.hash(token);
        return em.createQuery("select i from Invitation i where i.tokenHash = :h or i.reminderHash = :h or i.printHash = :h",
                        Invitation.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    private static String contactHash(RequestDirectory.Contact contact) {
        String key = contact.mobile() != null ? contact.mobile() : contact.email().trim().toLowerCase(Locale.ROOT);
        return FieldProtection.configured().lookupHash(key);
    }

    @Inject
    org.ektefaa.platform.api.MessageTexts texts;

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

    private String text(String language, String key, Object... arguments) {
        return texts.format("org.ektefaa.satisfaction.i18n.messages", key,
                Locale.forLanguageTag(language == null ? "ar" : language), arguments);
    }
}

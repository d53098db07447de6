package org.ektefaa.satisfaction.control;

import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.api.PublicLinks;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.OptOut;
import org.ektefaa.satisfaction.entity.SurveySettings;
import org.ektefaa.satisfaction.entity.SurveyTemplate;

/**
 * What the survey boundaries share about invitations (policy §3.5): issuing one on the questionnaire that fits the
 * request, sending it or its reminder in the person's language, the opt-out list, the settings, the texts.
 */
@ApplicationScoped
public class InvitationIssuer {

    @Inject
    PersonalData personalData;

    private static final Logger LOG = Logger.getLogger(InvitationIssuer.class.getName());

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    PublicLinks links;

    @Inject
    Event<NotificationRequested> notify;

    @Inject
    Event<org.ektefaa.satisfaction.api.SurveyInvited> invited;

    @Inject
    Clock clock;

    @Inject
    DailyFigures daily;

    @Inject
    org.ektefaa.platform.api.MessageTexts texts;

    /** The survey settings (expiry, reminder, smallest group shown, low score). */
    public SurveySettings settings() {
        return em.find(SurveySettings.class, SurveySettings.ID);
    }

    /** Whether the person reached under {@code contactHash} asked not to be invited again. */
    public boolean optedOut(String contactHash) {
        return contactHash != null && em.find(OptOut.class, contactHash) != null;
    }

    /** The invitations sent about a request, oldest first. */
    public List<Invitation> invitationsOf(long requestId) {
        return em.createQuery("select i from Invitation i where i.requestId = :r order by i.id", Invitation.class)
                .setParameter("r", requestId).getResultList();
    }

    private List<SurveyTemplate> current() {
        return em.createQuery("select t from SurveyTemplate t where t.current = true order by t.family", SurveyTemplate.class)
                .getResultList();
    }

    /** A new invitation and the token of its link (to send; it is kept nowhere). */
    public record Issued(Invitation invitation, String token) {
    }

    /** A new invitation for a request, on the questionnaire that fits it best; counted in the daily figures. */
    public Issued issue(long requestId, String trackingNumber, RequestType type,
                                     org.ektefaa.platform.api.ContactChannel channel, String serviceCode, String servedBy,
                                     String language, String contactHash, boolean kiosk) {
        SurveyTemplate template = current().stream().filter(t -> t.fit(type, channel) >= 0)
                .max(Comparator.comparingInt(t -> t.fit(type, channel)))
                .orElseThrow(() -> new IllegalStateException("no current survey template applies"));
        Instant now = clock.instant();
        Duration life = kiosk ? Duration.ofHours(2) : Duration.ofDays(settings().getExpiryDays());
        OneTimeLink.Issued link = OneTimeLink.issue(now, life);
        Invitation invitation = new Invitation(link.link(), template, requestId, trackingNumber, type, channel,
                serviceCode, servedBy, language, contactHash, kiosk, now);
        em.persist(invitation);
        em.flush();
        daily.invited(invitation);
        invited.fire(new org.ektefaa.satisfaction.api.SurveyInvited(invitation.getId(), requestId, type, channel,
                serviceCode, kiosk, now));
        return new Issued(invitation, link.token());
    }

    /** Sends the invitation (or its reminder) in the person's language, by SMS and/or e-mail. */
    public void send(Invitation invitation, RequestDirectory.Contact contact, String token, String kind) {
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

    /** The keyed hash of how to reach the person: what an opt-out is kept under. */
    public String contactHash(RequestDirectory.Contact contact) {
        String key = contact.mobile() != null ? contact.mobile() : contact.email().trim().toLowerCase(Locale.ROOT);
        return personalData.lookupHash(key);
    }

    /** A text of the module's bundle in {@code language}, as administrators may have reworded it. */
    public String text(String language, String key, Object... arguments) {
        return texts.format("org.ektefaa.satisfaction.i18n.messages", key,
                Locale.forLanguageTag(language == null ? "ar" : language), arguments);
    }
}

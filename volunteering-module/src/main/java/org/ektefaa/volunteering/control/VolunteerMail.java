package org.ektefaa.volunteering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.api.PublicLinks;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.volunteering.entity.AccessLink;
import org.ektefaa.volunteering.entity.Volunteer;

/** What the module tells volunteers by e-mail, in their language: a registration received, a personal link (one-time). */
@ApplicationScoped
public class VolunteerMail {

    /** How long a personal link opens the volunteer's page. */
    public static final Duration LINK_LIFE = Duration.ofDays(7);

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublicLinks links;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    Event<NotificationRequested> notify;

    @Inject
    org.ektefaa.platform.api.MessageTexts texts;

    /** A new personal link for the volunteer, sent by e-mail; used also when a coordinator invites them. */
    public void sendLink(Volunteer volunteer, String mailKey, Object... more) {
        Instant now = clock.instant();
        OneTimeLink.Issued issued = OneTimeLink.issue(now, LINK_LIFE);
        em.persist(new AccessLink(volunteer.getId(), issued.link(), now));
        String link = links.to("/public/volunteer-home.xhtml?t=" + issued.token() + "&lang=" + volunteer.getLanguage());
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = link;
        System.arraycopy(more, 0, arguments, 1, more.length);
        tell(volunteer, mailKey, arguments);
    }

    /** An e-mail to the volunteer in their language, the association's name and theirs first in its arguments. */
    public void tell(Volunteer volunteer, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(volunteer.getLanguage());
        String name = profile.get().name(locale);
        Object[] all = new Object[arguments.length + 2];
        all[0] = name;
        all[1] = volunteer.getFullName();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        notify.fire(new NotificationRequested(volunteer.getEmail(), null, text(locale, key + ".subject", all),
                text(locale, key + ".body", all), volunteer.getReference()));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return texts.format("org.ektefaa.volunteering.i18n.messages", key, locale, arguments);
    }
}

package org.ektefaa.volunteering.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.volunteering.control.VolunteerMail;
import org.ektefaa.volunteering.entity.AccessLink;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * A volunteer's way in (policy §4.6): a personal one-time link by e-mail, asked for again with their address (the same
 * answer whatever the address), used once before it expires while they are approved, opening their own page.
 */
@ApplicationScoped
@Transactional
public class VolunteerLinks {

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VolunteerMail mail;

    @Inject
    org.ektefaa.volunteering.api.CurrentVolunteer current;

    /**
     * A volunteer who lost their link asks for a new one with their e-mail. Whatever the address, the page
     * gives the same answer; only an approved volunteer receives a link.
     */
    @PermitAll
    public void requestLink(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        em.createQuery("select v from Volunteer v where v.email = :e and v.status = :s", Volunteer.class)
                .setParameter("e", email.strip().toLowerCase(Locale.ROOT)).setParameter("s", VolunteerStatus.APPROVED)
                .getResultStream().findFirst().ifPresent(v -> mail.sendLink(v, "mail.link"));
    }

    /** Uses a personal link: the volunteer it opens, once, before it expires, if they are still approved. */
    @PermitAll
    public Optional<Long> signIn(String token) {
        return OneTimeLink.lookupHash(token).flatMap(hash -> em.createQuery(
                        "select l from AccessLink l where l.link.tokenHash = :h", AccessLink.class)
                .setParameter("h", hash).getResultStream().findFirst())
                .filter(link -> link.use(clock.instant()))
                .map(AccessLink::getVolunteerId)
                .filter(id -> Optional.ofNullable(em.find(Volunteer.class, id)).map(Volunteer::isApproved).orElse(false));
    }

    /** The volunteer this browser session was opened for by a personal link (their own page), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public Optional<Volunteer> signedIn() {
        return current.volunteerId().flatMap(id -> Optional.ofNullable(em.find(Volunteer.class, id)));
    }
}

package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.DatabaseMigrated;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.entity.AssociationSettings;
import org.ektefaa.platform.entity.StaffUser;

/**
 * The demo switch ({@code EKTEFAA_DEMO_DATA=true}, never on unless asked): after the migrations, when the demo
 * accounts do not exist yet, creates one account per role with the documented demo password and asks every
 * module to fill its demo data ({@link DemoDataRequested}). Runs once per database.
 */
@ApplicationScoped
public class DemoData {

    /** The demo accounts: one per role, all with {@link #PASSWORD}. */
    public static final Map<String, Role> ACCOUNTS = Map.of("demo.reception", Role.RELATIONS_OFFICER,
            "demo.executive", Role.EXECUTIVE, "demo.quality", Role.QUALITY_OFFICER,
            "demo.coordinator", Role.VOLUNTEER_COORDINATOR, "demo.board", Role.BOARD_MEMBER, "demo.admin", Role.ADMIN);

    /** What the demo association tells the public on its home page (made-up numbers and accounts). */
    static final org.ektefaa.platform.api.PublicFace DEMO_FACE = new org.ektefaa.platform.api.PublicFace(
            "سلال غذائية شهرية للأسر المستحقة\nمساعدات نقدية للإيجار والفواتير\nكفالة الأيتام والأرامل\nبرامج تطوعية لخدمة المجتمع",
            "Monthly food baskets for eligible families\nCash aid for rent and bills\nSponsoring orphans and widows\n"
                    + "Volunteering programmes that serve the community",
            "920000000", "0500000000", "info@demo.ektefaa.local", "الرياض، حي النسيم، شارع الأمير سعود بن محمد",
            "Riyadh, Al-Naseem district, Prince Saud bin Mohammed Street",
            "من الأحد إلى الخميس، 8 صباحًا حتى 4 مساءً", "Sunday to Thursday, 8 am to 4 pm",
            null, "ektefaa_demo", "ektefaa_demo", null, null, "0000", "privacy@demo.ektefaa.local");

    /** The documented demo password (README); the demo accounts exist only in a demo database. */
    public static final String PASSWORD = "ektefaa-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "ektefaa.demo-data", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    Event<DemoDataRequested> requested;

    @Inject
    Clocks clocks;

    @Inject
    Event<DemoDataRequested.Settle> settling;

    void settle(@Observes DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    void on(@Observes DatabaseMigrated migrated) {
        if (enabled) {
            load();
        }
    }

    /** Loads the demo data unless it is there already; true when it loaded. */
    @Transactional
    public boolean load() {
        boolean present = !em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
                .setParameter("u", "demo.reception").getResultList().isEmpty();
        if (present) {
            return false;
        }
        ACCOUNTS.forEach((name, role) -> {
            StaffUser user = new StaffUser(name, name, name.replace('.', '-') + "@demo.ektefaa.local",
                    role == Role.ADMIN ? EnumSet.of(Role.ADMIN) : Set.of(role), hashing.hash(PASSWORD), clock.instant(), null);
            user.changePassword(hashing.hash(PASSWORD));
            em.persist(user);
        });
        em.flush();
        AssociationSettings profile = em.find(AssociationSettings.class, AssociationSettings.ID);
        if (profile.toProfile().publicFace().equals(org.ektefaa.platform.api.PublicFace.EMPTY)) {
            profile.updatePublicFace(DEMO_FACE, "demo", clock.instant());
        }
        try {
            // the modules' demo data goes through their boundaries, as the system (nobody is signed in)
            // in this one transaction, on the demo's clock: what other modules do after a commit happens at once
            org.ektefaa.platform.api.SystemActor.run("demo", () -> EventJournal.inline(() -> {
                requested.fire(new DemoDataRequested(1447L, clock.instant(), clocks::pin,
                        () -> settling.fire(new DemoDataRequested.Settle())));
                return null;
            }));
        } finally {
            clocks.release();
        }
        LOG.info("Demo data loaded; demo accounts " + ACCOUNTS.keySet() + " (password in the README)");
        return true;
    }
}

package org.ektefaa.platform.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.DatabaseMigrated;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.control.PasswordHashing;
import org.ektefaa.platform.control.PasswordPolicy;
import org.ektefaa.platform.control.StaffSessions;
import org.ektefaa.platform.control.TemporaryPasswords;
import org.ektefaa.platform.entity.StaffUser;

/** Staff accounts: the first administrator, creation, roles, deactivation, passwords, language. */
@ApplicationScoped
@Transactional
public class StaffUsers implements org.ektefaa.platform.api.StaffDirectory {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    public static final String FIRST_ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(StaffUsers.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    StaffSessions sessions;

    @Inject
    Event<Audited> audited;

    @Inject
    @ConfigProperty(name = "ektefaa.admin.password")
    Optional<String> configuredAdminPassword;

    @Inject
    Clock clock;

    /** How long a temporary password (new account, reset) signs in before an administrator must set another. */
    @Inject
    @ConfigProperty(name = "ektefaa.security.temporary-password-hours", defaultValue = "72")
    int temporaryPasswordHours;

    /**
     * Once the schema exists: if there is no account at all, create {@code admin} with the configured
     * password ({@code EKTEFAA_ADMIN_PASSWORD}) or a random one written once to the log. Either way it must
     * be changed at first sign-in.
     */
    void on(@Observes DatabaseMigrated migrated) {
        long count = em.createNamedQuery(StaffUser.COUNT, Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        String password = configuredAdminPassword.filter(p -> !p.isBlank()).orElseGet(TemporaryPasswords::next);
        em.persist(new StaffUser(FIRST_ADMIN, "Administrator", null, Set.of(Role.ADMIN), hashing.hash(password),
                clock.instant(), null)); // the installer's own: it does not expire before the first sign-in
        audited.fire(new Audited("system", "USER_CREATED", "StaffUser", FIRST_ADMIN, "first administrator"));
        if (configuredAdminPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("Created the first administrator account 'admin' with the configured password"
                    + " (ektefaa.admin.password); it must be changed at first sign-in.");
        } else {
            LOG.warning("Created the first administrator account 'admin' with the one-time password " + password
                    + " ; sign in and choose a new password (set EKTEFAA_ADMIN_PASSWORD to choose it yourself).");
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<String> emailsOf(org.ektefaa.platform.api.Role role) {
        return all().stream().filter(u -> u.isActive() && u.getRoles().contains(role))
                .map(StaffUser::getEmail).filter(e -> e != null && !e.isBlank()).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public java.util.Map<String, String> holdersOf(org.ektefaa.platform.api.Role role) {
        java.util.Map<String, String> holders = new java.util.LinkedHashMap<>();
        all().stream().filter(u -> u.isActive() && u.getRoles().contains(role))
                .sorted(java.util.Comparator.comparing(u -> u.getDisplayName() == null ? u.getUsername() : u.getDisplayName()))
                .forEach(u -> holders.put(u.getUsername(),
                        u.getDisplayName() == null || u.getDisplayName().isBlank() ? u.getUsername() : u.getDisplayName()));
        return holders;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public Optional<String> displayName(String username) {
        return username == null ? Optional.empty() : find(username).map(StaffUser::getDisplayName)
                .filter(name -> name != null && !name.isBlank());
    }

    @PermitAll
    public Optional<StaffUser> findActive(String username) {
        return find(username).filter(StaffUser::isActive);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public Optional<StaffUser> find(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", normalise(username))
                .getResultStream().findFirst();
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public List<StaffUser> all() {
        return em.createNamedQuery(StaffUser.ALL, StaffUser.class).getResultList();
    }

    @PermitAll
    public void recordSignIn(String username) {
        find(username).ifPresent(u -> {
            u.signedIn(clock.instant());
            audited.fire(new Audited(u.getUsername(), "SIGNED_IN", "StaffUser", u.getUsername(), null));
        });
    }

    /** Creates an account with a temporary password, returned once so the administrator can hand it over. */
    @RolesAllowed({Role.ADMIN_NAME})
    public String create(@NotBlank String username, @NotBlank String displayName, String email,
                         @NotEmpty Set<Role> roles) {
        String by = caller.name();
        String name = normalise(username);
        if (find(name).isPresent()) {
            throw new RuleViolation("users.error.duplicate", name);
        }
        String temporary = TemporaryPasswords.next();
        StaffUser user = new StaffUser(name, displayName.trim(), blankToNull(email), roles,
                hashing.hash(temporary), clock.instant(), temporaryExpiry());
        em.persist(user);
        em.flush();
        audited.fire(new Audited(by, "USER_CREATED", "StaffUser", name, "roles=" + roles));
        return temporary;
    }

    /** Changes name, e-mail, roles and whether the account is active, if nobody saved it in between. */
    @RolesAllowed({Role.ADMIN_NAME})
    public StaffUser update(@NotNull Long id, long expectedVersion, @NotBlank String displayName, String email,
                            @NotEmpty Set<Role> roles, boolean active) {
        String by = caller.name();
        StaffUser user = load(id, expectedVersion);
        boolean wasActiveAdmin = user.isActive() && user.getRoles().contains(Role.ADMIN);
        boolean staysActiveAdmin = active && roles.contains(Role.ADMIN);
        if (wasActiveAdmin && !staysActiveAdmin && activeAdministrators() <= 1) {
            throw new RuleViolation("users.error.lastAdmin");
        }
        user.update(displayName.trim(), blankToNull(email), roles, active);
        em.flush();
        sessions.forget(user.getUsername()); // this server at once, the others within seconds
        audited.fire(new Audited(by, "USER_UPDATED", "StaffUser", user.getUsername(),
                "roles=" + roles + " active=" + active));
        return user;
    }

    /** Gives the account a new temporary password (returned once); the user must change it at sign-in. */
    @RolesAllowed({Role.ADMIN_NAME})
    public String resetPassword(@NotNull Long id, long expectedVersion) {
        String by = caller.name();
        StaffUser user = load(id, expectedVersion);
        String temporary = TemporaryPasswords.next();
        user.resetPassword(hashing.hash(temporary), temporaryExpiry());
        em.flush();
        sessions.forget(user.getUsername());
        audited.fire(new Audited(by, "PASSWORD_RESET", "StaffUser", user.getUsername(), null));
        return temporary;
    }

    /** The signed-in user replaces their password; the current one must be given. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public void changeOwnPassword(@NotNull String current, @NotNull String chosen) {
        String username = caller.name();
        StaffUser user = findActive(username).orElseThrow(() -> new RuleViolation("password.error.current"));
        if (!hashing.matches(current, user.getPasswordHash())) {
            throw new RuleViolation("password.error.current");
        }
        List<String> broken = PasswordPolicy.violations(user.getUsername(), chosen);
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken.get(0), PasswordPolicy.MIN_LENGTH);
        }
        if (hashing.matches(chosen, user.getPasswordHash())) {
            throw new RuleViolation("password.error.same");
        }
        user.changePassword(hashing.hash(chosen));
        sessions.forget(user.getUsername());
        audited.fire(new Audited(username, "PASSWORD_CHANGED", "StaffUser", user.getUsername(), null));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public void preferLanguage(String language) {
        findActive(caller.name()).ifPresent(u -> u.preferLanguage(language));
    }

    private java.time.Instant temporaryExpiry() {
        return clock.instant().plus(java.time.Duration.ofHours(Math.max(1, temporaryPasswordHours)));
    }

    private StaffUser load(Long id, long expectedVersion) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new RuleViolation("users.error.missing");
        }
        Versioned.asSeen(user, expectedVersion);
        return user;
    }

    private long activeAdministrators() {
        return all().stream().filter(u -> u.isActive() && u.getRoles().contains(Role.ADMIN)).count();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package org.ektefaa.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.web.ClientAddress;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.entity.StaffUser;

/**
 * A signed-in member of staff's session, kept true to their account.
 *
 * <p>The session holds only who signed in, when, and the account's session generation at that moment; the
 * roles are never frozen in it. Every request is checked against the account as the database has it, through
 * a cache that keeps an answer for a few seconds ({@code ektefaa.security.account-recheck-seconds}, 5 by
 * default): a deactivation, a role change or a password reset reaches every session on every server of a
 * cluster within that time, without any message between servers (why a cache rather than invalidation by
 * event: Payara Micro's sessions live in the data grid but our servers share no event bus; the database is
 * the one thing they all read, and one indexed read per person every five seconds costs nothing). A session
 * also ends after {@code ektefaa.security.session-hours} (12 by default) however busy it is, so that the idle
 * timeout cannot keep it alive forever.
 *
 * <p>Signing in and changing one's password give the session a new id ({@link #begin}): an id planted or
 * seen before opens nothing afterwards.
 */
@ApplicationScoped
public class StaffSessions implements org.ektefaa.platform.api.web.Kiosk {

    @Inject
    ClientAddress addresses;

    /** The session attribute holding who signed in. */
    static final String CALLER = "ektefaa.caller";

    /** The session attribute of a kiosk session: the employee who handed the tablet over, and its one page. */
    static final String KIOSK = "ektefaa.kiosk";

    /** A kiosk session: who started it, the page it opens, when. */
    record KioskSession(String startedBy, int generation, String page, Instant at) implements Serializable {
    }

    @jakarta.persistence.PersistenceContext(unitName = "platform")
    jakarta.persistence.EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ektefaa.security.account-recheck-seconds", defaultValue = "5")
    int recheckSeconds;

    @Inject
    @ConfigProperty(name = "ektefaa.security.session-hours", defaultValue = "12")
    int sessionHours;

    private Cache<String, Optional<AccountState>> accounts;

    /**
     * What a signed-in session must know about its account on each request: whether it may still work, with
     * which roles, and whether its password must be replaced first.
     */
    public record AccountState(boolean active, Set<Role> roles, int sessionGeneration, boolean mustChangePassword) {
    }

    private Optional<AccountState> read(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class).setParameter("username", username)
                .getResultStream().findFirst().map(u -> new AccountState(u.isActive(), u.getRoles(),
                        u.getSessionGeneration(), u.isMustChangePassword()));
    }

    /** Who signed in, as the session keeps it. */
    record Caller(String name, int generation, Instant signedInAt) implements Serializable {
    }

    /** Built once the configuration is injected (its expiry is a setting). */
    @jakarta.annotation.PostConstruct
    void createCache() {
        accounts = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(Math.max(1, recheckSeconds)))
                .maximumSize(10_000).build();
    }

    /** The account as it stood at most a few seconds ago. */
    public Optional<AccountState> current(String username) {
        return accounts.get(username, this::read);
    }

    /** The account as it stands now (and so for the next few seconds on this server). */
    public Optional<AccountState> fresh(String username) {
        Optional<AccountState> state = read(username);
        accounts.put(username, state);
        return state;
    }

    /** Forgets what this server knew of an account: the next request reads it again. */
    public void forget(String username) {
        accounts.invalidate(username);
    }

    /**
     * Starts (or renews) the signed-in session: a new session id, the account's current generation, and the
     * cookie marked {@code Secure} when the person came over HTTPS through the trusted proxy.
     */
    public void begin(HttpServletRequest request, HttpServletResponse response, String username) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(KIOSK); // signing in on a kiosk tablet ends the kiosk
        if (!session.isNew()) {
            request.changeSessionId();
        }
        int generation = fresh(username).map(AccountState::sessionGeneration).orElse(-1);
        request.getSession().setAttribute(CALLER, new Caller(username, generation, clock.instant()));
        secureCookies(request, response);
    }

    /** Who this session signed in as, if it still may act as them; an outlived session is ended here. */
    Optional<SignedIn> check(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(CALLER);
        if (!(kept instanceof Caller caller)) {
            return Optional.empty();
        }
        Optional<AccountState> state = stillValid(caller.name(), caller.generation(), caller.signedInAt());
        if (state.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(new SignedIn(caller.name(), state.get().roles().stream().map(Enum::name)
                .collect(Collectors.toSet()), state.get().mustChangePassword()));
    }

    /**
     * The account, if a session begun at {@code since} with {@code generation} may still act for it: the account
     * active, no password change or reset since, within the session lifetime.
     */
    private Optional<AccountState> stillValid(String username, int generation, Instant since) {
        Optional<AccountState> state = current(username);
        if (state.isPresent() && state.get().sessionGeneration() != generation) {
            state = fresh(username); // this server's answer may be older than the sign-in
        }
        return state.filter(s -> s.active() && s.sessionGeneration() == generation
                && clock.instant().isBefore(since.plus(Duration.ofHours(Math.max(1, sessionHours)))));
    }

    @Override
    public void handOver(HttpServletRequest request, HttpServletResponse response, String page) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CALLER) instanceof Caller caller)) {
            return;
        }
        session.removeAttribute(CALLER);
        request.changeSessionId();
        request.getSession().setAttribute(KIOSK, new KioskSession(caller.name(), caller.generation(), page, clock.instant()));
        secureCookies(request, response);
    }

    @Override
    public boolean isKiosk(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KIOSK) != null;
    }

    /**
     * The kiosk this session is, if it still may be one (the employee's account active, within the session
     * lifetime, no password change or reset since), with the employee's roles as they are now; an outlived kiosk is
     * ended here.
     */
    Optional<KioskSession> kiosk(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(KIOSK);
        if (!(kept instanceof KioskSession kiosk)) {
            return Optional.empty();
        }
        if (stillValid(kiosk.startedBy(), kiosk.generation(), kiosk.at()).isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(kiosk);
    }

    /** The roles of an account now, as the container names them. */
    Set<String> roles(String username) {
        return current(username).map(s -> s.roles().stream().map(Enum::name).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** Whether this request belongs to a session that was signed in (whether or not it may still act). */
    static boolean wasSignedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CALLER) != null;
    }

    /** A session that may act: the caller and their roles as the account has them now. */
    record SignedIn(String name, Set<String> roles, boolean mustChangePassword) {
    }

    /**
     * Behind a TLS proxy the server sees plain HTTP and would send the session cookie without {@code Secure}:
     * when the trusted proxy says the person came over HTTPS, the cookies this response sets are marked.
     */
    void secureCookies(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure() || !addresses.overHttps(request) || response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String marked = cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure") ? cookie : cookie + "; Secure";
            if (i == 0) {
                response.setHeader("Set-Cookie", marked);
            } else {
                response.addHeader("Set-Cookie", marked);
            }
        }
    }
}

package org.ektefaa.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ektefaa.platform.boundary.StaffUsers;
import org.ektefaa.platform.entity.StaffUser;
import org.ektefaa.platform.api.web.ClientAddress;
import org.ektefaa.platform.control.LoginThrottle;
import org.ektefaa.platform.control.PasswordHashing;

/**
 * The database identity store: staff accounts in {@code plt_user}, PBKDF2 hashes, roles as groups.
 * A custom store rather than {@code @DatabaseIdentityStoreDefinition} because it also refuses throttled
 * attempts, skips deactivated accounts, refuses expired temporary passwords and spends the same time on unknown
 * names (no user enumeration).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    ClientAddress addresses;

    @Inject
    StaffUsers users;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    java.time.Clock clock;

    /** Request attribute set when the password was right but was a temporary one that has expired. */
    public static final String PASSWORD_EXPIRED = "ektefaa.passwordExpired";

    @PermitAll
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller().trim().toLowerCase(Locale.ROOT);
        String password = credential.getPasswordAsString();
        String address = addresses.of(request);
        if (throttle.blockedFor(username, address).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<StaffUser> found = users.findActive(username);
        if (found.isEmpty()) {
            hashing.verifyDecoy(password);
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        StaffUser user = found.get();
        if (!hashing.matches(password, user.getPasswordHash())) {
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (user.passwordExpired(clock.instant())) {
            request.setAttribute(PASSWORD_EXPIRED, Boolean.TRUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        users.recordSignIn(username);
        return new CredentialValidationResult(user.getUsername(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}

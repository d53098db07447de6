package org.ektefaa.platform.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.StaffUsers;
import org.ektefaa.platform.control.LoginThrottle;
import org.ektefaa.platform.control.StaffAuthentication;
import org.ektefaa.platform.boundary.StaffIdentityStore;
import org.ektefaa.platform.entity.StaffUser;
import org.ektefaa.platform.api.web.ClientAddress;

/** The sign-in page ({@code /login.xhtml}) and sign-out. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    Notices notices;

    @Inject
    ClientAddress addresses;

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    StaffUsers users;

    @Inject
    Language language;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (refusedByThrottle(request)) {
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SEND_CONTINUE -> {
                // Back to the page that asked for sign-in; the container has already sent the redirect.
                afterSignIn(external);
                context.responseComplete();
            }
            case SUCCESS -> {
                boolean mustChange = afterSignIn(external);
                Object back = external.getSessionMap().remove(StaffAuthentication.AFTER_SIGN_IN);
                external.redirect(external.getRequestContextPath() + (mustChange ? StaffAuthentication.PASSWORD_PAGE
                        : back instanceof String page && page.startsWith("/") && !page.startsWith("//") ? page : "/index.xhtml"));
            }
            default -> {
                if (Boolean.TRUE.equals(request.getAttribute(StaffIdentityStore.PASSWORD_EXPIRED))) {
                    notices.error("plt", "login.error.expired");
                } else if (!refusedByThrottle(request)) {
                    notices.error("plt", "login.error.invalid");
                }
                password = null;
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String tag = language.getTag();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?lang=" + tag);
    }

    private boolean refusedByThrottle(HttpServletRequest request) {
        Optional<Duration> wait = throttle.blockedFor(username, addresses.of(request));
        wait.ifPresent(d -> notices.error("plt", "login.error.throttled", Math.max(1, (d.toSeconds() + 59) / 60)));
        return wait.isPresent();
    }

    /** The user's language comes back; true when they must replace a temporary password first. */
    private boolean afterSignIn(ExternalContext external) {
        Optional<StaffUser> user = users.findActive(username);
        user.ifPresent(u -> language.signedIn(u.getUsername(), u.getPreferredLanguage()));
        return user.map(StaffUser::isMustChangePassword).orElse(false);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

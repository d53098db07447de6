package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.web.RequestPaths;
import org.ektefaa.platform.api.web.SecurityHeaders;

/**
 * Staff sign-in: the login page hands the credentials to the identity store; the session then keeps only who
 * signed in ({@link StaffSessions}), and every request — page, download or post, on any server — is let in with
 * the roles the account has now, or not at all.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its session re-use loses the caller's roles on
 * Payara 6.2025.10 when several signed-in users work at once (the container's shared default security context,
 * payara/Payara#6145, fixed in Payara by #7928 after this release): a signed-in officer then got "403 forbidden"
 * on pages of their own role now and then. The benchmark found it with 4 users; handing the roles over on each
 * request does not go through that path. A protected page opened without signing in leads to the login page,
 * and back to that page once signed in ({@link #AFTER_SIGN_IN}).
 *
 * <p>Until a temporary password is replaced, every address the account could reach (pages, downloads, posts)
 * leads to the password page; only that page, sign-in, public pages and static resources stay open.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    @Inject
    SecurityHeaders headers;

    /** The session attribute holding the page (a GET address) to return to after signing in. */
    public static final String AFTER_SIGN_IN = "ektefaa.afterSignIn";

    /** Where a user with a temporary password must go first. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** What stays open while the password must be replaced: the password page, sign-in, public parts. */
    private static final List<String> OPEN_BEFORE_PASSWORD_CHANGE = List.of(PASSWORD_PAGE, "/login.xhtml", "/public/",
            "/error/", "/jakarta.faces.resource/", "/resources/", "/association/logo", "/health");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffSessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        headers.apply(request, response); // a refusal or redirect from here on never meets a filter
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // refused; the login page says why
            }
            String name = result.getCallerPrincipal().getName();
            sessions.begin(request, response, name);
            return context.notifyContainerAboutLogin(name, result.getCallerGroups());
        }
        String page = RequestPaths.of(request); // as served, not as sent (dot-segments, encoded slashes)
        Optional<StaffSessions.KioskSession> kiosk = sessions.kiosk(request);
        if (kiosk.isPresent()) {
            // a tablet at the desk: its one page (as the employee who handed it over), the public pages, nothing else
            if (page.equals(kiosk.get().page())) {
                return context.notifyContainerAboutLogin(kiosk.get().startedBy(), sessions.roles(kiosk.get().startedBy()));
            }
            return context.isProtected() ? redirect(request, response, kiosk.get().page()) : context.doNothing();
        }
        boolean hadSignedIn = StaffSessions.wasSignedIn(request);
        Optional<StaffSessions.SignedIn> signedIn = sessions.check(request);
        if (signedIn.isPresent()) {
            StaffSessions.SignedIn caller = signedIn.get();
            if (caller.mustChangePassword() && OPEN_BEFORE_PASSWORD_CHANGE.stream().noneMatch(page::startsWith)) {
                return redirect(request, response, PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod()) && (page.endsWith(".xhtml") || page.endsWith("/"))) {
                // a page a person asked for (not the browser's icon or a script): back to it once signed in
                String query = request.getQueryString();
                request.getSession(true).setAttribute(AFTER_SIGN_IN, page + (query == null ? "" : "?" + query));
            }
            return redirect(request, response, "/login.xhtml" + (hadSignedIn ? "?ended=1" : ""));
        }
        return context.doNothing();
    }

    /**
     * Sends the browser to a page of this application by a relative address (never built from the request's
     * {@code Host}); a Faces ajax request is told in the partial response, which is what its script follows.
     */
    static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String page) {
        String location = request.getContextPath() + page;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } else {
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", location);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(StaffSessions.CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}

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
import java.io.Serializable;
import java.util.Set;

/**
 * Staff sign-in: the login page hands the credentials to the identity store; the signed-in caller and their
 * roles are kept in the HTTP session and given to the container again, explicitly, with every request.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its session re-use loses the caller's roles on
 * Payara 6.2025.10 when several signed-in users work at once (the container's shared default security context,
 * payara/Payara#6145, fixed in Payara by #7928 after this release): a signed-in officer then got "403 forbidden"
 * on pages of their own role now and then. The benchmark found it with 4 users; handing the roles over on each
 * request does not go through that path. A protected page opened without signing in leads to the login page,
 * and back to that page once signed in ({@link #AFTER_SIGN_IN}).
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the page (a GET address) to return to after signing in. */
    public static final String AFTER_SIGN_IN = "ektefaa.afterSignIn";

    /** The session attribute holding who signed in and their roles. */
    static final String CALLER = "ektefaa.caller";

    @Inject
    IdentityStoreHandler identityStores;

    /** Who signed in, as the session keeps it. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // refused; the login page says why
            }
            Caller caller = new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession(true).setAttribute(CALLER, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(CALLER);
        if (kept instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            if ("GET".equals(request.getMethod()) && (page.endsWith(".xhtml") || page.endsWith("/"))) {
                // a page a person asked for (not the browser's icon or a script): back to it once signed in
                String query = request.getQueryString();
                request.getSession(true).setAttribute(AFTER_SIGN_IN, page + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}

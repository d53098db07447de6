package org.ektefaa.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import org.ektefaa.platform.boundary.StaffUsers;

/**
 * The language of this session: Arabic (right to left) by default, English on request. A signed-in
 * user's choice is stored with their account and comes back at their next sign-in; before sign-in,
 * {@code ?lang=en} on any page chooses it (after sign-in only the switch, a post, does).
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    StaffUsers users;

    private Locale locale = ARABIC;

    /** Whether the person chose the language in this session (a {@code ?lang=} link or the switch). */
    private boolean chosen;

    @PostConstruct
    void init() {
        requested();
    }

    /**
     * A {@code ?lang=} on the page being opened chooses the language, whenever it comes — for people who are not
     * signed in (a survey or volunteer link in English, the sign-in page). A signed-in employee's language
     * changes only by the switch, a post: a link from another site cannot change it.
     */
    private void requested() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getExternalContext().getUserPrincipal() == null) {
            String requested = context.getExternalContext().getRequestParameterMap().get("lang");
            if (requested != null) {
                locale = of(requested);
                chosen = true;
            }
        }
    }

    public Locale getLocale() {
        requested();
        return locale;
    }

    /** {@code ar} or {@code en}, for {@code <html lang>}. */
    public String getTag() {
        return locale.getLanguage();
    }

    /** {@code rtl} or {@code ltr}, for {@code <html dir>} and PrimeFaces. */
    public String getDir() {
        return isArabic() ? "rtl" : "ltr";
    }

    public boolean isArabic() {
        return "ar".equals(locale.getLanguage());
    }

    /** The other language's tag, for the switch. */
    public String getOther() {
        return isArabic() ? "en" : "ar";
    }

    /** Switches language, remembers it for a signed-in user, and shows the same page again. */
    public String switchTo(String tag) {
        locale = of(tag);
        chosen = true;
        FacesContext context = FacesContext.getCurrentInstance();
        Principal user = context.getExternalContext().getUserPrincipal();
        if (user != null) {
            users.preferLanguage(locale.getLanguage());
        }
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * At sign-in: the language chosen on the sign-in page becomes the user's, remembered for next time;
     * otherwise the language the user chose last time.
     */
    void signedIn(String username, String preferred) {
        if (chosen) {
            if (!locale.getLanguage().equals(preferred)) {
                users.preferLanguage(locale.getLanguage());
            }
        } else {
            locale = of(preferred);
        }
    }

    static Locale of(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : ARABIC;
    }
}

package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.ektefaa.platform.api.web.Notices;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** {@link Notices} as Faces messages of the current request, in the language of its view. */
@ApplicationScoped
public class FacesNotices implements Notices {

    /** The text of {@code key} in bundle {@code var}, formatted with {@code arguments}. */
    @Override
    public String text(String var, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, var);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            pattern = key;
        }
        java.util.Locale locale = context.getViewRoot().getLocale();
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        // a tracking number, a clause sign or a reference in an Arabic message keeps its order (issue #22)
        return "ar".equals(locale.getLanguage()) ? org.ektefaa.platform.api.saudi.Bidi.isolateRuns(text) : text;
    }

    @Override
    public void info(String var, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(var, key, arguments));
    }

    @Override
    public void warn(String var, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(var, key, arguments));
    }

    @Override
    public void error(String var, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(var, key, arguments));
    }

    /** Keeps this request's messages for the page a redirect leads to; call it before returning a redirect. */
    @Override
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}

package org.ektefaa.platform.api.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Faces messages in the user's language, from a module's bundle (its Faces {@code var}). Backing beans
 * of every module use this instead of writing sentences in Java.
 */
public final class Notices {

    private Notices() {
    }

    /** The text of {@code key} in bundle {@code var}, formatted with {@code arguments}. */
    public static String text(String var, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, var);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    public static void info(String var, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(var, key, arguments));
    }

    public static void warn(String var, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(var, key, arguments));
    }

    public static void error(String var, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(var, key, arguments));
    }

    /** A refused business rule, in words the user reads. */
    public static void refused(String var, RuleViolation violation) {
        error(var, violation.messageKey(), violation.arguments());
    }

    /** Someone else saved the same record first: nothing was lost, the user reloads and repeats. */
    public static void editedMeanwhile() {
        error("plt", "error.concurrentEdit");
    }

    /** Keeps this request's messages for the page a redirect leads to; call it before returning a redirect. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}

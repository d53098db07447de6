package org.ektefaa.platform.api.web;

import org.ektefaa.platform.api.RuleViolation;

/**
 * Faces messages in the user's language, from a module's bundle (its Faces {@code var}). Backing beans of every
 * module inject this instead of writing sentences in Java; the platform's kernel implements it.
 */
public interface Notices {

    /** The text of {@code key} in bundle {@code var}, formatted with {@code arguments}. */
    String text(String var, String key, Object... arguments);

    void info(String var, String key, Object... arguments);

    void warn(String var, String key, Object... arguments);

    void error(String var, String key, Object... arguments);

    /** A refused business rule, in words the user reads. */
    default void refused(String var, RuleViolation violation) {
        error(var, violation.messageKey(), violation.arguments());
    }

    /** Someone else saved the same record first: nothing was lost, the user reloads and repeats. */
    default void editedMeanwhile() {
        error("plt", "error.concurrentEdit");
    }

    /** Keeps this request's messages for the page a redirect leads to; call it before returning a redirect. */
    void keepForRedirect();
}

package org.ektefaa.platform.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The texts of messages sent to people, editable by an administrator (issue: templates in Arabic and English,
 * editable): a module asks for the pattern of one of its bundle keys and gets the administrator's wording when
 * there is one, its own otherwise. Modules declare which keys may be edited with {@link Editable} beans.
 */
public interface MessageTexts {

    /** The pattern (MessageFormat) of {@code key} of {@code bundle} in {@code locale}'s language. */
    String pattern(String bundle, String key, Locale locale);

    /** The text, formatted with {@code arguments}. */
    default String format(String bundle, String key, Locale locale, Object... arguments) {
        return new MessageFormat(pattern(bundle, key, locale), Locale.ROOT).format(arguments);
    }

    /**
     * A module's editable message texts: its bundle, the keys, and for each a hint of the placeholders
     * ({@code {0}} …) the text may use.
     */
    interface Editable {

        String bundle();

        /** The module's bundle variable for the page's headings ({@code req}, {@code sat}, {@code vol}). */
        String var();

        List<String> keys();
    }
}

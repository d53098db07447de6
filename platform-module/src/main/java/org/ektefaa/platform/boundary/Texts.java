package org.ektefaa.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.MessageTexts;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.entity.MessageText;

/**
 * The message texts: the administrator's wording where there is one, the module's bundle otherwise. A new
 * wording must keep to the placeholders of the original ({@code {0}} … used in it) and be a valid pattern.
 */
@ApplicationScoped
@Transactional
public class Texts implements MessageTexts {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public String pattern(String bundle, String key, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "ar";
        return stored(bundle, key, language).map(MessageText::getText).orElseGet(() -> original(bundle, key, language));
    }

    /** The module's own text (what "reset" brings back). */
    @RolesAllowed({Role.ADMIN_NAME})
    public String original(String bundle, String key, String language) {
        return ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language)).getString(key);
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public boolean isChanged(String bundle, String key, String language) {
        return stored(bundle, key, language).isPresent();
    }

    /** Saves the administrator's wording; the original's placeholders must all stay and no new one may appear. */
    @RolesAllowed({Role.ADMIN_NAME})
    public void change(String bundle, String key, String language, String text) {
        String by = caller.name();
        String original = original(bundle, key, language);
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new RuleViolation("texts.error.empty");
        }
        int needed = placeholders(original);
        try {
            new MessageFormat(text, Locale.ROOT);
        } catch (IllegalArgumentException bad) {
            throw new RuleViolation("texts.error.pattern");
        }
        if (placeholders(text) != needed) {
            throw new RuleViolation("texts.error.placeholders");
        }
        Optional<MessageText> existing = stored(bundle, key, language);
        if (existing.isPresent()) {
            existing.get().change(text.strip(), by, clock.instant());
        } else {
            em.persist(new MessageText(bundle, key, language, text.strip(), by, clock.instant()));
        }
        audited.fire(new Audited(by, "MESSAGE_TEXT_CHANGED", "MessageText", bundle + "#" + key + "/" + language, null));
    }

    /** Back to the module's own wording. */
    @RolesAllowed({Role.ADMIN_NAME})
    public void reset(String bundle, String key, String language) {
        String by = caller.name();
        stored(bundle, key, language).ifPresent(em::remove);
        audited.fire(new Audited(by, "MESSAGE_TEXT_RESET", "MessageText", bundle + "#" + key + "/" + language, null));
    }

    /** Which placeholders a pattern uses, as a bit set ({0} → 1, {1} → 2 …). */
    static int placeholders(String pattern) {
        int used = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d)").matcher(pattern);
        while (m.find()) {
            used |= 1 << Integer.parseInt(m.group(1));
        }
        return used;
    }

    private Optional<MessageText> stored(String bundle, String key, String language) {
        return em.createQuery("select t from MessageText t where t.bundle = :b and t.key = :k and t.language = :l",
                        MessageText.class).setParameter("b", bundle).setParameter("k", key).setParameter("l", language)
                .getResultStream().findFirst();
    }
}

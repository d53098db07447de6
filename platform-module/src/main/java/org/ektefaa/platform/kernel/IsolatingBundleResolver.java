package org.ektefaa.platform.kernel;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.ektefaa.platform.api.saudi.Bidi;

/**
 * The texts of the Arabic bundles as pages read them ({@code #{req['intake.saved']}}), with every left-to-right run a
 * right-to-left paragraph would reorder — {@code §5.4}, {@code 24-1} — isolated ({@link Bidi#isolateRuns}), so that a
 * sentence citing a clause reads right in every page without each page remembering it (issue #22). Registered in the
 * platform's {@code faces-config.xml}, it answers before the standard resource bundle resolver; English bundles and
 * missing keys are left to it. Each text is isolated once and kept per bundle.
 */
public class IsolatingBundleResolver extends ELResolver {

    private final Map<ResourceBundle, Map<String, String>> isolated = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (!(base instanceof ResourceBundle bundle) || !(property instanceof String key)
                || !"ar".equals(bundle.getLocale().getLanguage())) {
            return null;
        }
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return isolated.computeIfAbsent(bundle, b -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> Bidi.isolateRuns(text));
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // bundles are read only; the standard resolver refuses the write
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof ResourceBundle ? String.class : null;
    }
}

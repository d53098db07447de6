package org.ektefaa.platform.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.AssociationProfileChanged;
import org.ektefaa.platform.api.saudi.DigitStyle;

/**
 * The profile's digits for Arabic (issue #22), read for every page and message without reading the profile each
 * time: kept for 30 seconds (another server of a cluster follows a change within that), at once on this server when an
 * administrator saves the profile.
 */
@ApplicationScoped
public class DigitStyles {

    private static final long KEPT_MILLIS = 30_000;

    @Inject
    Instance<AssociationProfile> profile;

    private volatile DigitStyle style;
    private volatile long readAt;

    /** The digits Arabic text is written with now. */
    public DigitStyle arabic() {
        DigitStyle known = style;
        if (known == null || System.currentTimeMillis() - readAt > KEPT_MILLIS) {
            try {
                known = profile.get().arabicDigits();
            } catch (RuntimeException databaseDown) { // an error page still renders, in the style last known
                known = known == null ? DigitStyle.LATIN : known;
            }
            style = known;
            readAt = System.currentTimeMillis();
        }
        return known;
    }

    void on(@Observes AssociationProfileChanged changed) {
        style = changed.profile().arabicDigits();
        readAt = System.currentTimeMillis();
    }
}

package org.ektefaa.platform.api.protect;

/**
 * Personal data at rest (Saudi PDPL): a value sealed with the field key before it is stored, opened when it is read,
 * and a keyed lookup hash to find or keep unique a value without opening anything. Inject it; the platform's
 * kernel implements it (AES-256-GCM under {@code EKTEFAA_FIELD_KEY}, rotation through retired keys). Entities
 * seal a column with {@link Encrypted}.
 */
public interface PersonalData {

    /** The value sealed under the current key ({@code v2:<key id>:...}); null stays null. */
    String seal(String plain);

    /** The value {@link #seal} sealed, under whichever configured key sealed it; null stays null. */
    String open(String stored);

    /** A keyed hash (64 hex characters) of a value already normalised by the caller; equal values, equal hashes. */
    String lookupHash(String normalised);

    /** {@code ******0001}: only the last four characters of an identifier show in lists. */
    static String masked(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        int shown = Math.min(4, plain.length());
        return "*".repeat(Math.max(0, plain.length() - shown)) + plain.substring(plain.length() - shown);
    }
}

package org.ektefaa.platform.api;

import jakarta.persistence.OptimisticLockException;

/**
 * A record people edit, with the version (JPA {@code @Version}) they saw when they opened it. A save carries that
 * version back; {@link #asSeen} refuses it when someone saved the record meanwhile, so that nobody overwrites what
 * they never saw (pages answer with {@code Notices.editedMeanwhile}, and the user's input stays on the form). The one
 * way every boundary checks it.
 */
public interface Versioned {

    long getVersion();

    /**
     * {@code record}, if it still has the version the user saw; {@link OptimisticLockException} if someone saved it
     * meanwhile, or if it is gone.
     */
    static <T extends Versioned> T asSeen(T record, long seenVersion) {
        if (record == null || record.getVersion() != seenVersion) {
            throw new OptimisticLockException(record);
        }
        return record;
    }
}

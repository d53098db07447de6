package org.ektefaa.platform.api;

import java.util.List;

/**
 * Every module's schema has been migrated at start-up (fired once by the webapp, which composes the
 * modules). Observers may now use their tables; {@code modules} lists the migrated modules in order.
 */
public record DatabaseMigrated(List<String> modules) {
}

package org.ektefaa.web;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code ektefaa.db.class-name} (the JDBC datasource class) from the database URL, so that
 * setting {@code EKTEFAA_DB_URL} alone switches between the embedded H2 and MariaDB. An explicit
 * {@code ektefaa.db.class-name} still wins (this source has a low ordinal).
 */
public class DatabaseClassNameSource implements ConfigSource {

    static final String KEY = "ektefaa.db.class-name";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        String url = configuredUrl(System.getenv(), System.getProperties());
        String className = classNameFor(url);
        if (url != null && !url.startsWith("jdbc:h2:")) {
            // Asked for while the server builds the connection pool, before any module logs in: the one
            // moment to stop with a clear sentence instead of the persistence provider's stack traces.
            DatabaseProbe.requireReachable(url, setting("ektefaa.db.user", "EKTEFAA_DB_USER"),
                    setting("ektefaa.db.password", "EKTEFAA_DB_PASSWORD"));
        }
        return className;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? System.getenv(variable) : value;
    }

    @Override
    public String getName() {
        return "ektefaa-db-class-name";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    static String configuredUrl(Map<String, String> env, java.util.Properties system) {
        String url = system.getProperty("ektefaa.db.url");
        if (url == null || url.isBlank()) {
            url = env.get("EKTEFAA_DB_URL");
        }
        return url == null || url.isBlank() ? null : url.trim();
    }

    /** The datasource class for a JDBC URL; the embedded H2 when there is none. */
    static String classNameFor(String url) {
        if (url == null || url.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return "org.mariadb.jdbc.MariaDbDataSource";
        }
        throw new IllegalArgumentException("Ektefaa runs on MariaDB (jdbc:mariadb://...) or the embedded H2;"
                + " EKTEFAA_DB_URL starts with neither.");
    }
}

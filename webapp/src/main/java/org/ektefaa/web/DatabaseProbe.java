package org.ektefaa.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Checks once, before the connection pool is built, that a configured MariaDB answers. If it does not,
 * the server stops with one line that says what to set (unless {@code EKTEFAA_DB_EXIT_WHEN_UNREACHABLE} is
 * {@code false}), instead of a failed deployment reported in pages of stack traces.
 */
final class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());
    private static final AtomicBoolean PROBED = new AtomicBoolean();

    private DatabaseProbe() {
    }

    static void requireReachable(String url, String user, String password) {
        if (!PROBED.compareAndSet(false, true)) {
            return;
        }
        try {
            DriverManager.registerDriver(new org.mariadb.jdbc.Driver());
            try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=5000",
                    user, password)) {
                c.isValid(5);
            }
        } catch (SQLException e) {
            String line = unreachable(url, e);
            LOG.severe(line);
            if (!"false".equalsIgnoreCase(System.getenv("EKTEFAA_DB_EXIT_WHEN_UNREACHABLE"))
                    && !"false".equalsIgnoreCase(System.getProperty("ektefaa.db.exit-when-unreachable"))) {
                System.err.println(line);
                System.err.flush();
                Runtime.getRuntime().halt(3);
            }
        }
    }

    static String unreachable(String url, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        return "Ektefaa cannot reach its database at " + withoutSecrets(url) + " (" + cause + "). Set EKTEFAA_DB_URL,"
                + " EKTEFAA_DB_USER and EKTEFAA_DB_PASSWORD to a database that is running, or unset them to use the"
                + " embedded one.";
    }

    static String withoutSecrets(String url) {
        return url == null ? "(no URL)" : url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}

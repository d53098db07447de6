package org.ektefaa.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.DatabaseMigrated;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Declares the one datasource every module's persistence unit uses, and migrates every module's schema
 * before anything else runs. Each module keeps its own Flyway history table, so modules version their
 * tables independently. When the database cannot be reached, start-up stops with one line that says
 * what to set.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${MPCONFIG=ektefaa.db.class-name}",
        url = "${MPCONFIG=ektefaa.db.url}",
        user = "${MPCONFIG=ektefaa.db.user}",
        password = "${MPCONFIG=ektefaa.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        properties = {
                // Validate connections so the pool recovers by itself after a database restart.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/ektefaa";

    /** Every module with tables, in dependency order, with its table prefix. */
    static final List<String[]> MODULES = List.of(
            new String[] {"platform", "plt"},
            new String[] {"beneficiaries", "ben"},
            new String[] {"eligibility", "elg"},
            new String[] {"requests", "req"},
            new String[] {"aid", "aid"},
            new String[] {"satisfaction", "sat"},
            new String[] {"volunteering", "vol"},
            new String[] {"reporting", "rep"});

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "ektefaa.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "ektefaa.db.exit-when-unreachable", defaultValue = "true")
    boolean exitWhenUnreachable;

    @Inject
    Event<DatabaseMigrated> migrated;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        checkReachable();
        List<String> names = new ArrayList<>();
        boolean mariaDb = isMariaDb();
        for (String[] module : MODULES) {
            // db/migration/<module> everywhere; db/mariadb/<module> (repeatable migrations: triggers) on MariaDB.
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(mariaDb ? new String[] {"classpath:db/migration/" + module[0], "classpath:db/mariadb/" + module[0]}
                            : new String[] {"classpath:db/migration/" + module[0]})
                    .table(module[1] + "_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            names.add(module[0]);
        }
        done = true;
        migrated.fire(new DatabaseMigrated(List.copyOf(names)));
    }

    private boolean isMariaDb() {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql");
        } catch (SQLException e) {
            throw new FlywayException("Cannot read the database's product name", e);
        }
    }

    /** Whether every module's schema is migrated (for the readiness check). */
    public boolean isDone() {
        return done;
    }

    private void checkReachable() {
        try (var connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            String line = DatabaseProbe.unreachable(url, e);
            LOG.severe(line);
            if (exitWhenUnreachable) {
                System.err.println(line);
                System.err.flush();
                // Halt rather than exit: the server would otherwise log the failed deployment at length.
                Runtime.getRuntime().halt(3);
            }
            throw new FlywayException(line);
        }
    }
}

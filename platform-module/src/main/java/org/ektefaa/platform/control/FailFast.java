package org.ektefaa.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Every module's persistence unit fails at once when the database does not answer, instead of sleeping:
 * EclipseLink retries a failed read twice, five seconds apart, so each page waited ten seconds before the error
 * page while MariaDB was down (ops/drill-database-down). The connection pool already validates its connections
 * and replaces dead ones, which is how the application recovers after a database restart; the retry added
 * nothing but the wait. Named in each module's {@code persistence.xml} ({@code eclipselink.session.customizer}).
 */
public class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}

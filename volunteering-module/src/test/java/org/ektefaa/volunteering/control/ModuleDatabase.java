package org.ektefaa.volunteering.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.security.SecureRandom;
import java.util.Map;
import java.util.function.Consumer;
import org.ektefaa.platform.api.protect.FieldProtection;
import org.flywaydb.core.Flyway;

/**
 * The volunteering module's own persistence unit over a fresh in-memory H2 database in MariaDB mode (as the embedded
 * database the application runs on), migrated by the module's own Flyway scripts: its queries and locks tested in the
 * module, without the WAR or a server.
 */
final class ModuleDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    ModuleDatabase(String name) {
        String url = "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure(ModuleDatabase.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration/volunteering").table("vol_schema_history").load().migrate();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        FieldProtection.use(new FieldProtection(key)); // identity numbers are sealed as on the server
        factory = Persistence.createEntityManagerFactory("volunteering", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
    }

    EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs {@code work} in a transaction of its own, committed when it returns. */
    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}

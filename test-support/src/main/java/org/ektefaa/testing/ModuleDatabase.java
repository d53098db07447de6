package org.ektefaa.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A module's own persistence unit over a fresh in-memory H2 database in MariaDB mode (as the embedded database the
 * application runs on), migrated by the module's own Flyway scripts ({@code db/migration/<module>}, its own history
 * table): its queries and locks tested in the module, without the WAR or a server. Sealed columns are sealed as on the
 * server ({@link TestPersonalData}).
 */
public final class ModuleDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    /**
     * @param module the module's persistence unit and migration folder ({@code volunteering})
     * @param prefix its tables' prefix ({@code vol})
     * @param name   the in-memory database's name, one per test class
     */
    public ModuleDatabase(String module, String prefix, String name) {
        String url = "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure(ModuleDatabase.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration/" + module).table(prefix + "_schema_history").load().migrate();
        factory = Persistence.createEntityManagerFactory(module, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs {@code work} in a transaction of its own, committed when it returns. */
    public void inTransaction(Consumer<EntityManager> work) {
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

    /** Runs {@code work} in a transaction of its own, committed when it returns, and gives back what it made. */
    public <T> T supply(java.util.function.Function<EntityManager, T> work) {
        Object[] made = new Object[1];
        inTransaction(em -> made[0] = work.apply(em));
        @SuppressWarnings("unchecked")
        T result = (T) made[0];
        return result;
    }

    @Override
    public void close() {
        factory.close();
    }
}

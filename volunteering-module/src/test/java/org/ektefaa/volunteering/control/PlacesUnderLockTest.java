package org.ektefaa.volunteering.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import org.ektefaa.volunteering.entity.Opportunity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The last place is given once: two transactions racing for it, each taking the opportunity's row lock as the
 * boundary does ({@code Opportunities.signUp}), against the module's own tables in a real database.
 */
class PlacesUnderLockTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("volunteering", "vol", "places");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void twoPeopleRacingForTheLastPlaceNeverBothGetIt() throws Exception {
        long[] id = new long[1];
        database.inTransaction(em -> {
            Opportunity o = new Opportunity(new Opportunity.Plan("توزيع السلال", null, "المستودع", NOW.plus(Duration.ofDays(2)),
                    NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), null, 1, Set.of(), null), "coordinator", NOW);
            em.persist(o);
            em.flush();
            id[0] = o.getId();
        });
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int person = 0; person < 2; person++) {
                    Callable<String> take = () -> {
                        EntityManager em = database.entityManager();
                        try {
                            em.getTransaction().begin();
                            together.await(10, TimeUnit.SECONDS);
                            Opportunity o = em.find(Opportunity.class, id[0], LockModeType.PESSIMISTIC_WRITE);
                            o.take(NOW);
                            em.getTransaction().commit();
                            return "ok";
                        } catch (RuleViolation full) {
                            return full.messageKey();
                        } finally {
                            if (em.getTransaction().isActive()) {
                                em.getTransaction().rollback();
                            }
                            em.close();
                        }
                    };
                    outcomes.add(people.submit(take));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).as("round " + round).containsExactlyInAnyOrder("ok", "opportunity.error.full");
                database.inTransaction(em -> {
                    Opportunity o = em.find(Opportunity.class, id[0], LockModeType.PESSIMISTIC_WRITE);
                    assertThat(o.getTaken()).isEqualTo(1);
                    o.release(); // the place is free again for the next round
                });
            }
        } finally {
            people.shutdownNow();
        }
    }
}

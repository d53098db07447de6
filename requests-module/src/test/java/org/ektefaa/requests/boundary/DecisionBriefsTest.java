package org.ektefaa.requests.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aid a household received in the last twelve months, as the executive's queue shows it beside each request
 * (issue #21), against the requests module's own tables: counted per beneficiary over all their requests, the
 * deliveries older than a year left out, listed one by one for the request shown.
 */
class DecisionBriefsTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(RIYADH).toInstant();
    private static ModuleDatabase database;
    private static int numbers;

    @BeforeAll
    static void requests() {
        database = new ModuleDatabase("requests", "req", "briefs");
        database.inTransaction(em -> {
            // beneficiary 7: food baskets two and five months ago on one request, rent fourteen months ago on another
            delivered(em, 7L, "FOOD_BASKET", TODAY.minusMonths(2), TODAY.minusMonths(5));
            delivered(em, 7L, "RENT", TODAY.minusMonths(14));
            // beneficiary 8: nothing delivered yet
            delivered(em, 8L, "FOOD_BASKET");
        });
    }

    private static void delivered(EntityManager em, long beneficiary, String service, LocalDate... days) {
        AidRequest r = new AidRequest(String.format("1447-%06d", ++numbers), RequestType.SUPPORT, ContactChannel.PHONE_CALL,
                beneficiary, "subject", "reception", NOW);
        r.askFor(service);
        r.raise(14, TODAY, "reception", NOW);
        r.decide(true, null, TODAY, "executive", NOW);
        for (LocalDate day : days) {
            r.deliver(BigDecimal.ONE, day, null, "reception", NOW);
        }
        em.persist(r);
        r.uncountedMoves();
        em.flush();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static DecisionBriefs briefs(EntityManager em) {
        DecisionBriefs briefs = new DecisionBriefs();
        briefs.em = em;
        briefs.clock = Clock.fixed(NOW, RIYADH);
        return briefs;
    }

    @Test
    void theAidOfTheLastTwelveMonthsIsCountedPerHousehold() {
        EntityManager em = database.entityManager();
        try {
            Map<Long, DecisionBriefs.Aid> aid = briefs(em).aidInLastYear(List.of(7L, 8L, 9L));
            assertThat(aid).containsOnlyKeys(7L);
            assertThat(aid.get(7L)).isEqualTo(new DecisionBriefs.Aid(2L, TODAY.minusMonths(2)));
            assertThat(briefs(em).aidInLastYear(List.of())).isEmpty();
            List<DecisionBriefs.Received> received = briefs(em).receivedInLastYear(7L);
            assertThat(received).extracting(DecisionBriefs.Received::on)
                    .containsExactly(TODAY.minusMonths(2), TODAY.minusMonths(5));
            assertThat(received).extracting(DecisionBriefs.Received::serviceCode).containsOnly("FOOD_BASKET");
        } finally {
            em.close();
        }
    }
}

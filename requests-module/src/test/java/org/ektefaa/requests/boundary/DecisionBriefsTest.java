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
import org.ektefaa.beneficiaries.api.ImportUndone;
import org.ektefaa.beneficiaries.api.PastAidImported;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.control.PastAidRecords;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aid a household received in the last twelve months, as the executive's queue shows it beside each request
 * (issue #21), against the requests module's own tables: counted per beneficiary over all their requests, the
 * deliveries older than a year left out, listed one by one for the request shown; the aid imported from the
 * association's records before Ektefaa (issue #25) counted with them, once, and gone with a file an undone import
 * removed.
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
            // beneficiaries 7 and 9: aid from the association's records before Ektefaa, imported (issue #25)
            PastAidRecords records = new PastAidRecords(em);
            records.keep(new PastAidImported(7L, 1L, 0, 0, TODAY.minusMonths(1), "سلة غذائية", null,
                    new BigDecimal("350"), "زكاة"));
            records.keep(new PastAidImported(7L, 1L, 0, 0, TODAY.minusMonths(1), "سلة غذائية", null,
                    new BigDecimal("350"), "زكاة")); // delivered twice: kept once
            records.keep(new PastAidImported(7L, 2L, 5, 0, TODAY.minusMonths(1), "سلة غذائية", null,
                    new BigDecimal("350"), null)); // the same delivery in another year's sheet: kept once
            records.keep(new PastAidImported(7L, 1L, 0, 1, TODAY.minusMonths(13), "إيجار", null, new BigDecimal("1500"), null));
            records.keep(new PastAidImported(9L, 1L, 1, 0, TODAY.minusMonths(3), "كسوة العيد", new BigDecimal("2"), null, null));
            records.keep(new PastAidImported(10L, 3L, 0, 0, TODAY.minusMonths(3), "كسوة العيد", new BigDecimal("2"), null, null));
            records.forget(new ImportUndone(3L)); // the batch that brought it was undone
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
            Map<Long, DecisionBriefs.Aid> aid = briefs(em).aidInLastYear(List.of(7L, 8L, 9L, 10L));
            assertThat(aid).containsOnlyKeys(7L, 9L);
            // two deliveries of its requests and one imported from the association's records, the latest a month ago
            assertThat(aid.get(7L)).isEqualTo(new DecisionBriefs.Aid(3L, TODAY.minusMonths(1)));
            assertThat(aid.get(9L)).isEqualTo(new DecisionBriefs.Aid(1L, TODAY.minusMonths(3)));
            assertThat(briefs(em).aidInLastYear(List.of())).isEmpty();
            List<DecisionBriefs.Received> received = briefs(em).receivedInLastYear(7L);
            assertThat(received).extracting(DecisionBriefs.Received::on)
                    .containsExactly(TODAY.minusMonths(1), TODAY.minusMonths(2), TODAY.minusMonths(5));
            assertThat(received.get(0).past()).isTrue();
            assertThat(received.get(0).pastService()).isEqualTo("سلة غذائية");
            assertThat(received.get(0).amount()).isEqualByComparingTo("350");
            assertThat(received.subList(1, 3)).extracting(DecisionBriefs.Received::serviceCode).containsOnly("FOOD_BASKET");
            // history only: no request was made of it
            assertThat((Long) em.createQuery("select count(r) from AidRequest r where r.beneficiaryId in (9, 10)")
                    .getSingleResult()).isZero();
        } finally {
            em.close();
        }
    }
}

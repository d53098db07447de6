package org.ektefaa.aid.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ektefaa.aid.entity.Disbursement;
import org.ektefaa.aid.entity.Instalment;
import org.ektefaa.aid.entity.LedgerHead;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue #27, the ledger that lasts, over the module's own tables (H2 in MariaDB mode, its own migrations): every
 * collection is chained after the one before; the check finds the chain whole, then finds exactly where a row was
 * changed in SQL, or removed, or the last rows cut off — and keeps what it found on the ledger's head.
 */
class LedgerTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** A database with three collections in a round; their ledger rows' ids, in order. */
    private static List<Long> threeCollections(ModuleDatabase database) {
        List<Long> ids = new ArrayList<>();
        database.inTransaction(em -> {
            Programme p = new Programme("BASKETS", new LocalizedName("سلة", "Basket"));
            p.deliver(new Programme.Terms("FOOD_BASKET", Programme.Unit.BASKET, Programme.Schedule.ONCE, 1, null,
                    new BigDecimal("250"), Set.of("GENERAL")));
            em.persist(p);
            for (long file = 1; file <= 3; file++) {
                new EntitlementBook(em).open(file, file, "1448-00000" + file, "FOOD_BASKET", null, "GENERAL",
                        "WIDOWS", TODAY, "exec1", AT);
            }
        });
        long round = database.supply(em -> new RoundBook(em, s -> s).prepare("BASKETS", "مستودع الجمعية", TODAY,
                "9:00–13:00", TODAY, "exec1", AT).getId());
        database.inTransaction(em -> new RoundBook(em, s -> s).notify(em.find(Round.class, round), TODAY, AT));
        List<Long> lines = database.supply(em -> new RoundBook(em, s -> s).lines(round).stream()
                .map(Instalment::getId).toList());
        for (long line : lines) {
            ids.add(database.supply(em -> new RoundBook(em, s -> s).record(round, line, UUID.randomUUID().toString(),
                    null, null, TODAY, "point1", AT.plusSeconds(line))).row().getId());
        }
        return ids;
    }

    private static Ledger.Found check(ModuleDatabase database) {
        return database.supply(em -> Ledger.check(em, AT));
    }

    @Test
    void aRowChangedInTheDatabaseIsFoundWhereItIs() {
        try (ModuleDatabase database = new ModuleDatabase("aid", "aid", "ledger-changed")) {
            List<Long> ids = threeCollections(database);
            database.inTransaction(em -> {
                List<Disbursement> rows = em.createQuery("select d from Disbursement d order by d.id",
                        Disbursement.class).getResultList();
                assertThat(rows.get(0).getPreviousHash()).isEqualTo(LedgerHead.GENESIS);
                assertThat(rows.get(1).getPreviousHash()).isEqualTo(rows.get(0).getRowHash());
                assertThat(em.find(LedgerHead.class, LedgerHead.ID).getLastId()).isEqualTo(ids.get(2));
            });
            assertThat(check(database)).isEqualTo(new Ledger.Found(3, null));
            database.inTransaction(em -> em.createNativeQuery(
                    "UPDATE aid_disbursement SET quantity = 5 WHERE id = " + ids.get(1)).executeUpdate());
            assertThat(check(database).brokenAt()).as("two baskets written as five").isEqualTo(ids.get(1));
            database.inTransaction(em -> assertThat(em.find(LedgerHead.class, LedgerHead.ID).getBrokenAt())
                    .as("kept for the funds page").isEqualTo(ids.get(1)));
        }
    }

    @Test
    void aRowRemovedOrTheLastRowsCutOffAreFound() {
        try (ModuleDatabase database = new ModuleDatabase("aid", "aid", "ledger-removed")) {
            List<Long> ids = threeCollections(database);
            database.inTransaction(em -> em.createNativeQuery(
                    "DELETE FROM aid_disbursement WHERE id = " + ids.get(1)).executeUpdate());
            assertThat(check(database).brokenAt()).as("the row after the one removed").isEqualTo(ids.get(2));
        }
        try (ModuleDatabase database = new ModuleDatabase("aid", "aid", "ledger-cut")) {
            List<Long> ids = threeCollections(database);
            database.inTransaction(em -> em.createNativeQuery(
                    "DELETE FROM aid_disbursement WHERE id = " + ids.get(2)).executeUpdate());
            assertThat(check(database)).as("the head points past the end").isEqualTo(new Ledger.Found(2, ids.get(1)));
        }
    }
}

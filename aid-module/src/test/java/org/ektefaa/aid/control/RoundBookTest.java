package org.ektefaa.aid.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ektefaa.aid.entity.Disbursement;
import org.ektefaa.aid.entity.Entitlement;
import org.ektefaa.aid.entity.Instalment;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import static org.ektefaa.testing.Refusals.refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #27, step 3, over the module's own tables (H2 in MariaDB mode, its own migrations): a round picks exactly the
 * instalments due by its day of the programme's entitlements in force; each household gets one code that opens its
 * lines and nothing else; a line is collected once (the same page's retry answered with the same row, another point
 * refused); closing marks what was not collected missed; a discarded draft gives its lines back.
 */
class RoundBookTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final java.util.function.UnaryOperator<String> HASH = RoundBookTest::sha256;

    private static ModuleDatabase database;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("aid", "aid", "rounds");
        database.inTransaction(em -> {
            for (String code : new String[] {"BASKETS", "VOUCHERS"}) {
                Programme p = new Programme(code, new LocalizedName("برنامج " + code, "Programme " + code));
                p.deliver(new Programme.Terms(code.equals("BASKETS") ? "FOOD_BASKET" : "VOUCHERS",
                        Programme.Unit.BASKET, Programme.Schedule.MONTHLY, 3, null, new BigDecimal("250"),
                        Set.of("GENERAL")));
                em.persist(p);
            }
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entitlement entitlement(jakarta.persistence.EntityManager em, long file, String service,
                                           LocalDate first) {
        return new EntitlementBook(em).open(file, file * 10, "1448-" + file, service, null, "GENERAL", "WIDOWS",
                first, "exec1", AT).orElseThrow();
    }


    @Test
    void aRoundPicksTheDueInstalmentsOfEntitlementsInForceAndEachHouseholdsCodeOpensItsLinesOnce() {
        LocalDate day = TODAY.plusDays(3);
        long[] round = new long[1];
        @SuppressWarnings("unchecked")
        Map<Long, String>[] codes = new Map[1];
        database.inTransaction(em -> {
            entitlement(em, 501, "FOOD_BASKET", TODAY);                      // due today: in
            entitlement(em, 502, "FOOD_BASKET", TODAY).suspend("Income being checked", day.plusDays(1), TODAY,
                    "exec1", AT);                                            // suspended over the day: out
            entitlement(em, 503, "FOOD_BASKET", TODAY.minusMonths(1)).suspend("Away for a while", day.minusDays(1),
                    TODAY, "exec1", AT);                                     // suspension over by then: its two due
            entitlement(em, 504, "FOOD_BASKET", TODAY).end("The family moved away", "exec1", AT); // ended: out
            entitlement(em, 505, "VOUCHERS", TODAY);                         // another programme: out
            entitlement(em, 506, "FOOD_BASKET", day.plusDays(1));            // due after the day: out
            em.flush();
            RoundBook book = new RoundBook(em, HASH);
            Round prepared = book.prepare("BASKETS", "مستودع الجمعية", day, "9:00–13:00", TODAY, "exec1", AT);
            round[0] = prepared.getId();
            em.clear();
            assertThat(book.lines(round[0])).extracting(i -> i.getEntitlement().getFileId())
                    .containsExactly(501L, 503L, 503L);
            assertThat(book.tally(round[0]).households()).isEqualTo(2);
            codes[0] = book.notify(em.find(Round.class, round[0]), TODAY, AT);
            assertThat(codes[0]).containsOnlyKeys(501L, 503L);
            assertThat(refusal(() -> new RoundBook(em, HASH).prepare("BASKETS", "x", TODAY.minusDays(1), "9", TODAY,
                    "exec1", AT)).messageKey()).isEqualTo("round.error.place");
        });
        database.inTransaction(em -> {
            RoundBook book = new RoundBook(em, HASH);
            String code = codes[0].get(503L);
            String typed = code.substring(0, 3).toLowerCase() + "-" + code.substring(3);
            assertThat(book.byCode(round[0], typed)).as("as a person reads it out").hasSize(2)
                    .allMatch(i -> i.getEntitlement().getFileId() == 503L);
            assertThat(book.byCode(round[0], "AAAAAA")).isEmpty();
            assertThat(book.byCode(round[0] + 1, code)).as("a code opens its own round only").isEmpty();
            assertThat(book.byFile(round[0], 501L)).hasSize(1);
        });
        long line = database.supply(em -> new RoundBook(em, HASH).byCode(round[0], codes[0].get(501L)).get(0)
                .getId());
        String key = UUID.randomUUID().toString();
        database.inTransaction(em -> assertThat(refusal(() -> new RoundBook(em, HASH).record(round[0], line, key,
                null, null, TODAY, "point1", AT)).messageKey()).as("the round is held in three days")
                .isEqualTo("collect.error.notToday"));
        RoundBook.Recorded first = database.supply(em -> new RoundBook(em, HASH).record(round[0], line, key, null,
                null, TODAY.plusDays(3), "point1", AT));
        RoundBook.Recorded again = database.supply(em -> new RoundBook(em, HASH).record(round[0], line, key, null,
                null, TODAY.plusDays(3), "point1", AT.plusSeconds(5)));
        assertThat(first.now()).isTrue();
        assertThat(first.last()).as("two more instalments of the entitlement are due later").isFalse();
        assertThat(again.row().getId()).as("the same post again: the same row").isEqualTo(first.row().getId());
        assertThat(again.now()).isFalse();
        database.inTransaction(em -> {
            assertThat(refusal(() -> new RoundBook(em, HASH).record(round[0], line, UUID.randomUUID().toString(),
                    null, null, TODAY.plusDays(3), "point2", AT)).messageKey()).as("another point")
                    .isEqualTo("collect.error.already");
            assertThat(em.createQuery("select count(d) from Disbursement d where d.instalmentId = :i", Long.class)
                    .setParameter("i", line).getSingleResult()).isEqualTo(1);
            Disbursement row = em.createQuery("select d from Disbursement d where d.instalmentId = :i",
                    Disbursement.class).setParameter("i", line).getSingleResult();
            assertThat(row.getFundCode()).isEqualTo("GENERAL");
            assertThat(row.getAmount()).isEqualByComparingTo("250");
            assertThat(row.getKind()).isEqualTo(Disbursement.Kind.IN_KIND);
            assertThat(row.getPlace()).isEqualTo("مستودع الجمعية");
            RoundBook book = new RoundBook(em, HASH);
            assertThat(refusal(() -> book.close(em.find(Round.class, round[0]), TODAY, AT)).messageKey())
                    .as("before its day").isEqualTo("round.error.closeEarly");
            book.close(em.find(Round.class, round[0]), TODAY.plusDays(3), AT);
            em.flush();
            em.clear();
            assertThat(book.lines(round[0])).extracting(Instalment::getStatus).containsExactly(
                    Instalment.Status.COLLECTED, Instalment.Status.MISSED, Instalment.Status.MISSED);
        });
        database.inTransaction(em -> assertThat(refusal(() -> new RoundBook(em, HASH).record(round[0], line,
                UUID.randomUUID().toString(), null, null, TODAY.plusDays(3), "point1", AT)).messageKey())
                .isEqualTo("collect.error.roundClosed"));
    }

    @Test
    void aDiscardedDraftGivesItsLinesBackForAnotherRound() {
        database.inTransaction(em -> {
            entitlement(em, 601, "VOUCHERS", TODAY);
            em.flush();
            RoundBook book = new RoundBook(em, HASH);
            Round draft = book.prepare("VOUCHERS", "قاعة الجمعية", TODAY, "16:00–18:00", TODAY, "exec1", AT);
            assertThat(book.tally(draft.getId()).lines()).isPositive();
            book.discard(draft);
            em.flush();
            Round again = book.prepare("VOUCHERS", "قاعة الجمعية", TODAY, "16:00–18:00", TODAY, "exec1", AT);
            em.clear();
            assertThat(book.lines(again.getId())).extracting(i -> i.getEntitlement().getFileId()).contains(601L);
        });
    }

    @Test
    void closingARoundKeepsTheLinesOfAnEntitlementSuspendedSinceForAnotherRound() {
        database.inTransaction(em -> {
            Entitlement held = entitlement(em, 701, "VOUCHERS", TODAY);
            Entitlement away = entitlement(em, 702, "VOUCHERS", TODAY);
            em.flush();
            RoundBook book = new RoundBook(em, HASH);
            long roundId = book.prepare("VOUCHERS", "قاعة الجمعية", TODAY, "16:00–18:00", TODAY, "exec1", AT).getId();
            em.clear(); // as in the server: the codes are sent in a transaction of their own
            book.notify(em.find(Round.class, roundId), TODAY, AT);
            em.find(Entitlement.class, held.getId()).suspend("Income being verified", null, TODAY, "exec1", AT);
            em.flush();
            book.close(em.find(Round.class, roundId), TODAY, AT);
            em.flush();
            em.clear();
            assertThat(em.find(Entitlement.class, held.getId()).getInstalments().get(0)).satisfies(i -> {
                assertThat(i.getStatus()).isEqualTo(Instalment.Status.DUE);
                assertThat(i.getRoundId()).as("waits for another round").isNull();
                assertThat(i.getCodeHash()).isNull();
            });
            assertThat(em.find(Entitlement.class, away.getId()).getInstalments().get(0).getStatus())
                    .isEqualTo(Instalment.Status.MISSED);
        });
    }

    @Test
    void aTransferBatchSendsTheLinesWithAnIbanAndTheBanksAnswerIsWrittenLineByLine() {
        database.inTransaction(em -> {
            Programme rent = new Programme("RENT_TRANSFER", new LocalizedName("إيجار", "Rent"));
            rent.deliver(new Programme.Terms("RENT", Programme.Unit.SAR, Programme.Schedule.ONCE, 1,
                    new BigDecimal("1500"), null, Set.of("GENERAL")));
            em.persist(rent);
            for (long file = 801; file <= 803; file++) {
                entitlement(em, file, "RENT", TODAY);
            }
        });
        String baskets = database.<String>supply(em -> refusal(() -> new RoundBook(em, HASH).prepare(Round.Kind.TRANSFER,
                "BASKETS", "مصرف الراجحي", TODAY, null, TODAY, "exec1", AT)).messageKey());
        assertThat(baskets).as("baskets are not sent by bank").isEqualTo("round.error.transferCash");
        long round = database.supply(em -> new RoundBook(em, HASH).prepare(Round.Kind.TRANSFER, "RENT_TRANSFER",
                "مصرف الراجحي — دفعة ديسمبر", TODAY, null, TODAY, "exec1", AT).getId());
        List<RoundBook.TransferLine> batch = database.supply(em -> new RoundBook(em, HASH).export(
                em.find(Round.class, round), Map.of(801L, "SA0380000000608010167519", 802L, "SA4420000001234567891234"),
                TODAY, AT));
        assertThat(batch).extracting(RoundBook.TransferLine::fileId).containsExactly(801L, 802L);
        assertThat(batch.get(0).amount()).isEqualByComparingTo("1500");
        assertThat(batch.get(0).reference()).isEqualTo("1448-801-1");
        database.inTransaction(em -> {
            RoundBook book = new RoundBook(em, HASH);
            assertThat(book.lines(round)).extracting(i -> i.getEntitlement().getFileId())
                    .as("the household without an IBAN waits for another batch").containsExactly(801L, 802L);
            book.refusedByBank(em.find(Round.class, round), batch.get(1).instalmentId(), "الحساب مغلق");
            assertThat(refusal(() -> book.close(em.find(Round.class, round), TODAY, AT)).messageKey())
                    .isEqualTo("transfer.error.linesSent");
        });
        List<RoundBook.Recorded> paid = database.supply(em -> new RoundBook(em, HASH).paid(em.find(Round.class, round),
                "finance1", AT));
        assertThat(paid).singleElement().satisfies(r -> {
            assertThat(r.row().getKind()).isEqualTo(Disbursement.Kind.TRANSFER);
            assertThat(r.row().getAmount()).isEqualByComparingTo("1500");
            assertThat(r.last()).as("a rent paid once").isTrue();
        });
        database.inTransaction(em -> {
            Instalment refused = em.find(Instalment.class, batch.get(1).instalmentId());
            assertThat(refused.getStatus()).isEqualTo(Instalment.Status.DUE);
            assertThat(refused.getRoundId()).isNull();
            assertThat(refused.getBankRefusal()).isEqualTo("الحساب مغلق");
            assertThat(em.find(Instalment.class, batch.get(0).instalmentId()).getStatus())
                    .isEqualTo(Instalment.Status.PAID);
            new RoundBook(em, HASH).close(em.find(Round.class, round), TODAY, AT);
        });
    }

    @Test
    void codesAreSixCharactersPeopleReadAloudWithoutConfusion() {
        for (int i = 0; i < 200; i++) {
            assertThat(RoundBook.newCode()).matches("[" + RoundBook.ALPHABET + "]{6}");
        }
        assertThat(RoundBook.normalisedCode(" ac d-3 4 7 ")).isEqualTo("ACD347");
        assertThat(RoundBook.normalisedCode("ACD٣٤٧")).as("Arabic digits").isEqualTo("ACD347");
        assertThat(RoundBook.normalisedCode("ACD340")).as("no zero in a code").isNull();
        assertThat(RoundBook.normalisedCode("1030000002")).as("an identity number is not a code").isNull();
        List.of("O", "0", "I", "1", "L", "S", "5", "B", "8", "Z", "2").forEach(c ->
                assertThat(RoundBook.ALPHABET).doesNotContain(c));
    }
}

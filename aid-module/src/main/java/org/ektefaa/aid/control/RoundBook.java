package org.ektefaa.aid.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ektefaa.aid.entity.Disbursement;
import org.ektefaa.aid.entity.Entitlement;
import org.ektefaa.aid.entity.Instalment;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.platform.api.RuleViolation;

/**
 * Distribution rounds and collections over the module's own tables (issue #27), for the boundaries and the module's
 * tests alike. A round's preparation is one statement whatever its size; each household of a notified round has one
 * collection code for all its lines, kept only as a keyed hash ({@code hash}: the platform's lookup hash in the
 * server); a collection is written once per instalment, under a row lock, and the same page's retry is answered with
 * the row it already wrote.
 */
public final class RoundBook {

    /** Six characters people read aloud without confusion: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final UnaryOperator<String> hash;

    public RoundBook(EntityManager em, UnaryOperator<String> hash) {
        this.em = em;
        this.hash = hash;
    }

    /**
     * A draft round of {@code programmeCode}'s instalments due on or before {@code heldOn}, of entitlements active on
     * that day, not in another round: assigned in one statement.
     */
    public Round prepare(String programmeCode, String place, LocalDate heldOn, String hours, LocalDate today,
                         String by, Instant at) {
        return prepare(Round.Kind.COLLECTION, programmeCode, place, heldOn, hours, today, by, at);
    }

    /** The same, for a round of either kind: a transfer batch only of a programme paid in riyals. */
    public Round prepare(Round.Kind kind, String programmeCode, String place, LocalDate heldOn, String hours,
                         LocalDate today, String by, Instant at) {
        Programme programme = programmeCode == null ? null : em.find(Programme.class, programmeCode);
        if (programme == null || !programme.isActive()) {
            throw new RuleViolation("round.error.programme");
        }
        if (kind == Round.Kind.TRANSFER && programme.getUnit() != Programme.Unit.SAR) {
            throw new RuleViolation("round.error.transferCash");
        }
        Round round = new Round(kind, programmeCode, place, heldOn, hours, today, by, at);
        em.persist(round);
        em.flush();
        // in SQL: the same statement in JPQL is run by EclipseLink through a temporary table, one row at a time
        em.createNativeQuery("UPDATE aid_instalment SET round_id = ?, version = version + 1 WHERE status = 'DUE'"
                        + " AND round_id IS NULL AND due_on <= ? AND entitlement_id IN (SELECT id FROM aid_entitlement"
                        + " WHERE programme_code = ? AND (status = 'ACTIVE' OR (status = 'SUSPENDED'"
                        + " AND suspended_until < ?)))")
                .setParameter(1, round.getId()).setParameter(2, heldOn).setParameter(3, programmeCode)
                .setParameter(4, heldOn).executeUpdate();
        return round;
    }

    /** A draft given up: its lines go back to wait for another round, and the draft is removed (nothing was sent). */
    public void discard(Round round) {
        if (round.getStatus() != Round.Status.DRAFT) {
            throw new RuleViolation("round.error.notDraft");
        }
        em.createQuery("update Instalment i set i.roundId = null where i.roundId = :round")
                .setParameter("round", round.getId()).executeUpdate();
        em.remove(round);
    }

    /** What a round's lines come to: how many lines and households, and how many lines of each status. */
    public record Tally(long lines, long households, Map<Instalment.Status, Long> byStatus) implements java.io.Serializable {

        public long of(Instalment.Status status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    public Tally tally(long roundId) {
        Map<Instalment.Status, Long> byStatus = new java.util.EnumMap<>(Instalment.Status.class);
        long lines = 0;
        for (Object[] row : em.createQuery("select i.status, count(i) from Instalment i where i.roundId = :r"
                + " group by i.status", Object[].class).setParameter("r", roundId).getResultList()) {
            byStatus.put((Instalment.Status) row[0], (Long) row[1]);
            lines += (Long) row[1];
        }
        long households = em.createQuery("select count(distinct i.entitlement.fileId) from Instalment i"
                + " where i.roundId = :r", Long.class).setParameter("r", roundId).getSingleResult();
        return new Tally(lines, households, byStatus);
    }

    /**
     * Gives each household of the draft one collection code for all its lines (kept as a keyed hash) and opens the
     * round for collection; the codes, by file id, are returned once, for the messages.
     */
    public Map<Long, String> notify(Round round, LocalDate today, Instant at) {
        if (round.getHeldOn().isBefore(today)) {
            throw new RuleViolation("round.error.dayPassed");
        }
        if (round.getKind() != Round.Kind.COLLECTION) {
            throw new RuleViolation("round.error.notDraft");
        }
        round.notified(at);
        Map<Long, String> codes = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Instalment line : lines(round.getId())) {
            String code = codes.computeIfAbsent(line.getEntitlement().getFileId(), f -> {
                String drawn;
                do {
                    drawn = newCode();
                } while (!used.add(drawn)); // one household's code never opens another's lines
                return drawn;
            });
            line.coded(codeHash(round.getId(), code));
        }
        return codes;
    }

    /** The round's lines with their entitlements, by file then due day. */
    public List<Instalment> lines(long roundId) {
        return em.createQuery("select i from Instalment i join fetch i.entitlement e where i.roundId = :r"
                + " order by e.fileId, i.dueOn, i.id", Instalment.class).setParameter("r", roundId).getResultList();
    }

    /** The lines a collection code opens in its round (empty: no such code here). */
    public List<Instalment> byCode(long roundId, String typed) {
        String code = normalisedCode(typed);
        if (code == null) {
            return List.of();
        }
        return em.createQuery("select i from Instalment i join fetch i.entitlement e where i.roundId = :r"
                        + " and i.codeHash = :h order by i.dueOn, i.id", Instalment.class)
                .setParameter("r", roundId).setParameter("h", codeHash(roundId, code)).getResultList();
    }

    /** The lines of a file's household in the round. */
    public List<Instalment> byFile(long roundId, long fileId) {
        return em.createQuery("select i from Instalment i join fetch i.entitlement e where i.roundId = :r"
                        + " and e.fileId = :f order by i.dueOn, i.id", Instalment.class)
                .setParameter("r", roundId).setParameter("f", fileId).getResultList();
    }

    /** The ledger's row of an instalment, if it was collected. */
    public Optional<Disbursement> disbursementOf(long instalmentId) {
        return em.createQuery("select d from Disbursement d where d.instalmentId = :i", Disbursement.class)
                .setParameter("i", instalmentId).getResultStream().findFirst();
    }

    /**
     * Records the collection of a line of an open round, once: the line is locked while it is checked and written, so
     * a second point recording it at the same moment waits and is told it was already collected (where, by whom, when);
     * the same page sending the same {@code requestKey} again gets the row it wrote.
     */
    /**
     * What recording a collection did: the ledger's row; whether it was written now (not the same post again); and
     * whether the entitlement has nothing left due after it (read under a lock: two points collecting two lines of one
     * entitlement at once cannot both believe the other's still due).
     */
    public record Recorded(Disbursement row, boolean now, boolean last) {
    }

    public Recorded record(long roundId, long instalmentId, String requestKey, String proxyName,
                           String sealedProxyIdNumber, LocalDate today, String by, Instant at) {
        Round round = em.find(Round.class, roundId);
        if (round == null || !round.isOpen()) {
            throw new RuleViolation("collect.error.roundClosed");
        }
        if (!round.getHeldOn().equals(today)) {
            throw new RuleViolation("collect.error.notToday");
        }
        Instalment seen = em.find(Instalment.class, instalmentId);
        if (seen == null) {
            throw new RuleViolation("collect.error.notInRound");
        }
        // locks always in one order — the entitlement, its instalments, the ledger's head — so that points, a transfer
        // batch and the executive never wait for each other in a circle
        em.find(Entitlement.class, seen.getEntitlement().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instalment line = em.find(Instalment.class, instalmentId, LockModeType.PESSIMISTIC_WRITE);
        if (!Long.valueOf(roundId).equals(line.getRoundId())) {
            throw new RuleViolation("collect.error.notInRound");
        }
        if (line.getStatus() == Instalment.Status.COLLECTED) {
            // a locking read: the row another point committed while this one waited for the line, not this
            // transaction's older snapshot
            Disbursement done = em.createQuery("select d from Disbursement d where d.instalmentId = :i",
                            Disbursement.class).setParameter("i", instalmentId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElseThrow(() -> new RuleViolation("collect.error.already"));
            if (done.getRequestKey().equals(requestKey)) {
                return new Recorded(done, false, false); // the same post again (a connection dropped): recorded once
            }
            throw new RuleViolation("collect.error.already"); // the page shows the row: where, by whom, when
        }
        if (!line.isDue()) {
            throw new RuleViolation("collect.error.notDue");
        }
        if (!line.getEntitlement().activeOn(today)) {
            throw new RuleViolation("collect.error.suspended");
        }
        if (requestKey == null || !requestKey.matches("[0-9a-f-]{36}")) {
            throw new RuleViolation("collect.error.stale");
        }
        line.collected();
        em.flush();
        boolean last = nothingDue(line.getEntitlement().getId());
        Disbursement row = new Disbursement(line, round, by, at, proxyName, sealedProxyIdNumber, requestKey);
        Ledger.append(em, row);
        return new Recorded(row, true, last);
    }

    /**
     * Closes a notified round on or after its day: the lines of entitlements suspended on that day go back to wait for
     * another round (a suspension keeps instalments); what else was not collected is missed.
     */
    public void close(Round round, LocalDate today, Instant at) {
        if (today.isBefore(round.getHeldOn())) {
            throw new RuleViolation("round.error.closeEarly");
        }
        if (round.getKind() == Round.Kind.TRANSFER && lines(round.getId()).stream()
                .anyMatch(i -> i.getStatus() == Instalment.Status.SENT)) {
            throw new RuleViolation("transfer.error.linesSent");
        }
        round.close(at);
        em.createNativeQuery("UPDATE aid_instalment SET round_id = NULL, code_hash = NULL, version = version + 1"
                        + " WHERE round_id = ? AND status = 'DUE' AND entitlement_id IN (SELECT id FROM aid_entitlement"
                        + " WHERE status = 'SUSPENDED' AND (suspended_until IS NULL OR suspended_until >= ?))")
                .setParameter(1, round.getId()).setParameter(2, round.getHeldOn()).executeUpdate();
        em.createQuery("update Instalment i set i.status = :missed where i.roundId = :r and i.status = :due")
                .setParameter("missed", Instalment.Status.MISSED).setParameter("r", round.getId())
                .setParameter("due", Instalment.Status.DUE).executeUpdate();
    }

    /** A line of a transfer batch as the bank reads it. */
    public record TransferLine(long instalmentId, long fileId, String iban, java.math.BigDecimal amount,
                               String reference) {
    }

    /**
     * Exports a draft transfer round for the bank: each line with the file's IBAN ({@code ibans}, by file id) is sent;
     * a line whose file holds no IBAN goes back to wait for another batch. The round is then with the bank.
     */
    public List<TransferLine> export(Round round, Map<Long, String> ibans, LocalDate today, Instant at) {
        if (round.getKind() != Round.Kind.TRANSFER || round.getStatus() != Round.Status.DRAFT) {
            throw new RuleViolation("transfer.error.notDraft");
        }
        if (round.getHeldOn().isBefore(today)) {
            throw new RuleViolation("round.error.dayPassed");
        }
        List<TransferLine> batch = new java.util.ArrayList<>();
        for (Instalment line : lines(round.getId())) {
            Entitlement entitlement = line.getEntitlement();
            if (!line.isDue()) {
                continue; // cancelled since the draft was prepared (its entitlement ended or shortened)
            }
            String iban = ibans.get(entitlement.getFileId());
            if (iban == null || line.getAmount() == null || !entitlement.activeOn(round.getHeldOn())) {
                line.outOfRound(); // no IBAN, or suspended since: waits for another batch
                continue;
            }
            line.sent();
            batch.add(new TransferLine(line.getId(), entitlement.getFileId(), iban, line.getAmount(),
                    entitlement.getTrackingNumber() + "-" + line.getNumber()));
        }
        round.notified(at);
        return batch;
    }

    /**
     * The bank confirmed the transfers: each line of the batch still with the bank is paid and written to the ledger.
     * Returns what each recording did, for the requests' deliveries.
     */
    public List<Recorded> paid(Round round, String by, Instant at) {
        if (round.getKind() != Round.Kind.TRANSFER || round.getStatus() != Round.Status.NOTIFIED) {
            throw new RuleViolation("transfer.error.notSent");
        }
        List<Instalment> sent = lines(round.getId()).stream().filter(i -> i.getStatus() == Instalment.Status.SENT)
                .toList();
        // the same order of locks as a collection: the entitlements, their instalments, then the ledger's head
        sent.stream().map(i -> i.getEntitlement().getId()).distinct().sorted()
                .forEach(e -> em.find(Entitlement.class, e, LockModeType.PESSIMISTIC_WRITE));
        List<Instalment> locked = sent.stream().sorted(java.util.Comparator.comparing(Instalment::getId))
                .map(i -> em.find(Instalment.class, i.getId(), LockModeType.PESSIMISTIC_WRITE))
                .filter(i -> i.getStatus() == Instalment.Status.SENT).toList();
        locked.forEach(Instalment::paid);
        em.flush();
        Map<Long, Boolean> last = new java.util.HashMap<>();
        locked.forEach(i -> last.computeIfAbsent(i.getEntitlement().getId(), this::nothingDue));
        List<Recorded> recorded = new java.util.ArrayList<>();
        for (Instalment line : locked) {
            Disbursement row = new Disbursement(line, round, by, at, null, null, java.util.UUID.randomUUID()
                    .toString());
            Ledger.append(em, row);
            // the entitlement's last line of the batch carries "last"
            boolean isLast = last.get(line.getEntitlement().getId()) && locked.stream()
                    .filter(i -> i.getEntitlement().getId().equals(line.getEntitlement().getId()))
                    .reduce((a, b) -> b).orElseThrow() == line;
            recorded.add(new Recorded(row, true, isLast));
        }
        return recorded;
    }

    /** Whether nothing is left due on the entitlement, nor with the bank (read under a lock). */
    private boolean nothingDue(long entitlementId) {
        return em.createQuery("select i.id from Instalment i where i.entitlement.id = :e and i.status in :due",
                        Long.class).setParameter("e", entitlementId)
                .setParameter("due", List.of(Instalment.Status.DUE, Instalment.Status.SENT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
    }

    /** The bank refused one line: due again, out of the batch, with the bank's reason. */
    public void refusedByBank(Round round, long instalmentId, String reason) {
        Instalment line = em.find(Instalment.class, instalmentId, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || !round.getId().equals(line.getRoundId())) {
            throw new RuleViolation("collect.error.notInRound");
        }
        line.refusedByBank(reason);
    }

    private String codeHash(long roundId, String code) {
        return hash.apply("aid-collection:" + roundId + ":" + code);
    }

    /** A code as typed (spaces, dashes, small letters, Arabic digits allowed), or null when it cannot be one. */
    public static String normalisedCode(String typed) {
        if (typed == null) {
            return null;
        }
        String code = org.ektefaa.platform.api.saudi.Digits.normalise(typed).replaceAll("[\\s-]", "")
                .toUpperCase(Locale.ROOT);
        return code.length() == 6 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

package org.ektefaa.aid.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ektefaa.aid.control.RoundBook;
import org.ektefaa.aid.entity.Instalment;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.Versioned;
import org.ektefaa.platform.api.saudi.HijriDates;

/**
 * Distribution rounds (issue #27), prepared by the executive or an administrator: a draft of a programme's instalments
 * due by a day, at a place, between hours; notified (each household's one-time collection code in an SMS through the
 * platform's outbox — its text editable by administrators); closed (what was not collected is missed). Audited.
 */
@ApplicationScoped
@Transactional
public class Rounds {

    static final String BUNDLE = "org.ektefaa.aid.i18n.messages";

    @PersistenceContext(unitName = "aid")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    org.ektefaa.platform.api.MessageTexts texts;

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    RoundBook book() {
        return new RoundBook(em, personalData::lookupHash);
    }

    /** The rounds, the latest day first. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME})
    public List<Round> recent(int max) {
        return em.createQuery("select r from Round r order by r.heldOn desc, r.id desc", Round.class)
                .setMaxResults(max).getResultList();
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME})
    public RoundBook.Tally tally(long roundId) {
        return book().tally(roundId);
    }

    /** The programmes in use, for a new round. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p where p.active = true order by p.code", Programme.class)
                .getResultList();
    }

    /** A draft round of the instalments due by {@code heldOn}; see {@link RoundBook#prepare}. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Round prepare(String programmeCode, String place, LocalDate heldOn, String hours) {
        return prepare(Round.Kind.COLLECTION, programmeCode, place, heldOn, hours);
    }

    /** A draft round of either kind: a transfer batch's place is the bank, and it has no hours. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Round prepare(Round.Kind kind, String programmeCode, String place, LocalDate heldOn, String hours) {
        Round round = book().prepare(kind, programmeCode, place, heldOn, hours, LocalDate.now(clock), caller.name(),
                clock.instant());
        audited.fire(new Audited(caller.name(), "ROUND_PREPARED", "Round", String.valueOf(round.getId()),
                programmeCode + " " + heldOn));
        return round;
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void discard(long roundId, long expectedVersion) {
        book().discard(Versioned.asSeen(em.find(Round.class, roundId), expectedVersion));
        audited.fire(new Audited(caller.name(), "ROUND_DISCARDED", "Round", String.valueOf(roundId), null));
    }

    /**
     * Sends each household of the draft its collection code (SMS to the file's mobile; a household without one is
     * counted, and collects by identity number) and opens the round. Returns how many messages were asked for.
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public int notifyHouseholds(long roundId, long expectedVersion) {
        Round round = Versioned.asSeen(em.find(Round.class, roundId), expectedVersion);
        RoundBook book = book();
        Map<Long, String> codes = book.notify(round, LocalDate.now(clock), clock.instant());
        Map<Long, List<Instalment>> lines = book.lines(roundId).stream()
                .collect(Collectors.groupingBy(i -> i.getEntitlement().getFileId()));
        Map<Long, BeneficiarySummary> people = files.summaries(codes.keySet());
        Programme programme = em.find(Programme.class, round.getProgrammeCode());
        Locale arabic = Locale.forLanguageTag("ar");
        int sent = 0;
        for (Map.Entry<Long, String> code : codes.entrySet()) {
            BeneficiarySummary person = people.get(code.getKey());
            if (person == null || person.mobile() == null || person.mobile().isBlank()) {
                continue;
            }
            java.math.BigDecimal quantity = lines.get(code.getKey()).stream().map(Instalment::getQuantity)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            String body = texts.format(BUNDLE, "notice.round.body", arabic, programme.name(arabic),
                    quantity.stripTrailingZeros().toPlainString() + " " + unit(programme, arabic),
                    round.getPlace(), HijriDates.both(round.getHeldOn(), arabic), round.getHours(), code.getValue());
            notifications.fire(new NotificationRequested(null, person.mobile(),
                    texts.format(BUNDLE, "notice.round.subject", arabic, programme.name(arabic)), body,
                    "round " + roundId));
            sent++;
        }
        audited.fire(new Audited(caller.name(), "ROUND_NOTIFIED", "Round", String.valueOf(roundId),
                codes.size() + " households, " + sent + " messages"));
        return sent;
    }

    private static String unit(Programme programme, Locale locale) {
        return java.util.ResourceBundle.getBundle(BUNDLE, locale).getString("Unit." + programme.getUnit());
    }

    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void close(long roundId, long expectedVersion) {
        book().close(Versioned.asSeen(em.find(Round.class, roundId), expectedVersion), LocalDate.now(clock),
                clock.instant());
        audited.fire(new Audited(caller.name(), "ROUND_CLOSED", "Round", String.valueOf(roundId), null));
    }

    @Inject
    Event<org.ektefaa.requests.api.AidHandedOut> handedOut;

    /**
     * The transfer batch for the bank, as CSV (UTF-8 with a byte order mark, so that Excel reads Arabic names): the
     * household's name, the IBAN from its file (each file's IBAN read is in its access log), the amount with two
     * decimals, a reference (the request's tracking number and the instalment's number). A household without an IBAN
     * is left out and waits for another batch. The round is then with the bank; the export is audited.
     */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public byte[] exportTransfers(long roundId, long expectedVersion, Locale locale) {
        Round round = Versioned.asSeen(em.find(Round.class, roundId), expectedVersion);
        RoundBook book = book();
        java.util.Set<Long> fileIds = book.lines(roundId).stream().map(i -> i.getEntitlement().getFileId())
                .collect(Collectors.toSet());
        List<RoundBook.TransferLine> batch = book.export(round, files.ibans(fileIds), LocalDate.now(clock),
                clock.instant());
        Map<Long, String> names = files.names(fileIds);
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle(BUNDLE, locale);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.EXCEL.builder().setHeader(text.getString("transfer.csv.beneficiary"),
                        text.getString("transfer.csv.iban"), text.getString("transfer.csv.amount"),
                        text.getString("transfer.csv.reference")).build())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (RoundBook.TransferLine line : batch) {
                csv.printRecord(org.ektefaa.platform.api.SpreadsheetText.safe(names.getOrDefault(line.fileId(), "")),
                        line.iban(), line.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString(),
                        line.reference());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        audited.fire(new Audited(caller.name(), "TRANSFERS_EXPORTED", "Round", String.valueOf(roundId),
                batch.size() + " lines"));
        return out.toByteArray();
    }

    /** The bank confirmed the batch: every line still with it is paid, written to the ledger, and the request's. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public int markPaid(long roundId, long expectedVersion) {
        Round round = Versioned.asSeen(em.find(Round.class, roundId), expectedVersion);
        List<RoundBook.Recorded> paid = book().paid(round, caller.name(), clock.instant());
        for (RoundBook.Recorded recorded : paid) {
            org.ektefaa.aid.entity.Entitlement entitlement = em.find(Instalment.class, recorded.row().getInstalmentId())
                    .getEntitlement();
            handedOut.fire(new org.ektefaa.requests.api.AidHandedOut(entitlement.getRequestId(),
                    recorded.row().getQuantity(), LocalDate.now(clock), round.getPlace(), caller.name(),
                    recorded.row().getRecordedAt(), recorded.last()));
        }
        audited.fire(new Audited(caller.name(), "TRANSFERS_PAID", "Round", String.valueOf(roundId),
                paid.size() + " lines"));
        return paid.size();
    }

    /** The bank refused one line, with its reason: the instalment is due again, for another batch. */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void refusedByBank(long roundId, long instalmentId, String reason) {
        Round round = em.find(Round.class, roundId);
        if (round == null || round.getKind() != Round.Kind.TRANSFER) {
            throw new org.ektefaa.platform.api.RuleViolation("collect.error.notInRound");
        }
        book().refusedByBank(round, instalmentId, reason);
        audited.fire(new Audited(caller.name(), "TRANSFER_REFUSED", "Instalment", String.valueOf(instalmentId),
                "round " + roundId));
    }

    /** A transfer round's lines with the bank, with the households' names (for marking one refused). */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Instalment> withTheBank(long roundId) {
        return book().lines(roundId).stream().filter(i -> i.getStatus() == Instalment.Status.SENT).toList();
    }

    /** The names of the households of some lines, by file id (no more of the files than their names). */
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, String> names(List<Instalment> lines) {
        return files.names(lines.stream().map(i -> i.getEntitlement().getFileId()).distinct().toList());
    }

    /** The message texts an administrator may reword (Administration → message texts). */
    @ApplicationScoped
    public static class EditableNotices implements org.ektefaa.platform.api.MessageTexts.Editable {
        @Override
        public String bundle() {
            return BUNDLE;
        }

        @Override
        public String var() {
            return "aid";
        }

        @Override
        public List<String> keys() {
            return List.of("notice.round.subject", "notice.round.body");
        }
    }
}

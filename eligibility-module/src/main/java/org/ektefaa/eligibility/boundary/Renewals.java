package org.ektefaa.eligibility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.control.RenewalBook;
import org.ektefaa.eligibility.entity.Renewal;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.MessageTexts;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.Versioned;

/**
 * Renewing a registered file's eligibility (issue #26, deliver 4). A registered file's eligibility holds for its
 * category's period (12 months unless the rules say otherwise) from its registration. From
 * {@link Renewal#NOTICE_DAYS} days before the end, the file is on reception's list to renew; reception asks the person
 * by a message (SMS and e-mail, through the outbox) to bring their updated income and documents; when they come, the
 * officer corrects the file where something changed, then renews: the monthly income the household declares now must
 * be what the file holds, and the documents must have been seen. The file is assessed again for the renewal and holds
 * for another period. Each step is audited without personal data.
 */
@ApplicationScoped
@Transactional
public class Renewals {

    static final String BUNDLE = "org.ektefaa.eligibility.i18n.messages";

    /** The most files asked at once. */
    public static final int MAX_ASKED = 200;

    /** A person asked is not asked again by message for this many days (a second click sends nothing). */
    public static final int ASKED_AGAIN_AFTER_DAYS = 7;

    static final String REGISTERED = "REGISTERED";

    @Inject
    RenewalBook book;

    @Inject
    Assessments assessments;

    @Inject
    BeneficiaryDirectory files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    Event<NotificationRequested> notify;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    MessageTexts texts;

    /** A file to renew, as the list shows it. */
    public record Due(Renewal renewal, BeneficiarySummary file) implements java.io.Serializable {
    }

    /** The texts an administrator may reword (Administration → message texts). */
    @ApplicationScoped
    public static class EditableNotices implements MessageTexts.Editable {
        @Override
        public String bundle() {
            return BUNDLE;
        }

        @Override
        public String var() {
            return "elg";
        }

        @Override
        public List<String> keys() {
            return List.of("renewal.notice.subject", "renewal.notice.body", "renewal.notice.bodyEnded");
        }
    }

    /**
     * The files to renew: those whose period ended ({@code ended}), or ends within {@link Renewal#NOTICE_DAYS} days,
     * the earliest end first, from the {@code first}-th, at most {@code max}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Due> due(boolean ended, int first, int max) {
        LocalDate today = LocalDate.now(clock);
        List<Renewal> rows = ended ? book.ending(LocalDate.of(1, 1, 1), today.minusDays(1), first, max)
                : book.ending(today, today.plusDays(Renewal.NOTICE_DAYS), first, max);
        Map<Long, BeneficiarySummary> summaries = files.summaries(rows.stream().map(Renewal::getFileId).toList());
        List<Due> out = new ArrayList<>(rows.size());
        for (Renewal r : rows) {
            BeneficiarySummary s = summaries.get(r.getFileId());
            if (s != null && REGISTERED.equals(s.status())) {
                out.add(new Due(r, s));
            }
        }
        return out;
    }

    /** {@code [ending within the notice days, ended]}: the dashboard's and the list's counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long[] counts() {
        LocalDate today = LocalDate.now(clock);
        return new long[] {book.countEnding(today, today.plusDays(Renewal.NOTICE_DAYS)),
                book.countEnding(LocalDate.of(1, 1, 1), today.minusDays(1))};
    }

    /** The file's period and renewal; empty when the file is not registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Renewal> of(long fileId) {
        return book.of(fileId);
    }

    /**
     * Asks the people of {@code fileIds} to bring their updated income and documents: a message to each one's mobile
     * and e-mail (in Arabic, the association's language; its day in both calendars), worded for an eligibility that
     * ends or one that has ended, the request noted on the period. Passed over: files not registered or not to renew
     * yet, people with neither a mobile nor an e-mail (nothing can be sent), and people asked within
     * {@link #ASKED_AGAIN_AFTER_DAYS} days. Returns how many were asked.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public int ask(Collection<Long> fileIds) {
        if (fileIds.size() > MAX_ASKED) {
            throw new RuleViolation("renewal.error.tooMany", MAX_ASKED);
        }
        String by = caller.name();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Locale arabic = Locale.forLanguageTag("ar");
        String association = profile.get().name(arabic);
        int asked = 0;
        Map<Long, BeneficiarySummary> summaries = files.summaries(List.copyOf(fileIds));
        for (long id : fileIds) {
            Optional<Renewal> found = book.forChange(id);
            BeneficiarySummary file = summaries.get(id);
            if (found.isEmpty() || file == null || !REGISTERED.equals(file.status()) || !found.get().isDueOn(today)
                    || file.mobile() == null && file.email() == null) {
                continue;
            }
            Renewal renewal = found.get();
            if (renewal.getAskedAt() != null
                    && renewal.getAskedAt().isAfter(now.minus(java.time.Duration.ofDays(ASKED_AGAIN_AFTER_DAYS)))) {
                continue;
            }
            String number = file.beneficiaryNumber() == null ? "" : file.beneficiaryNumber();
            String day = org.ektefaa.platform.api.saudi.HijriDates.both(renewal.getValidUntil(), arabic);
            notify.fire(new NotificationRequested(file.email(), file.mobile(),
                    texts.format(BUNDLE, "renewal.notice.subject", arabic, association),
                    texts.format(BUNDLE, renewal.isExpiredOn(today) ? "renewal.notice.bodyEnded" : "renewal.notice.body",
                            arabic, number, day, association), number));
            renewal.asked(by, now);
            audited.fire(new Audited(by, "RENEWAL_ASKED", "Beneficiary", String.valueOf(id),
                    "until " + renewal.getValidUntil()));
            asked++;
        }
        book.flush();
        return asked;
    }

    /**
     * Gives a period to the next files registered before periods were kept (an upgrade), from their latest
     * assessment, a page at a time in a transaction of its own ({@link PeriodsAtStartup}); returns the last file id
     * looked at, or -1 when none is left.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RolesAllowed(Role.ADMIN_NAME)
    public long fillMissingPeriods(long afterFileId, int page) {
        List<Long> ids = book.assessedWithoutPeriod(afterFileId, page);
        if (ids.isEmpty()) {
            return -1;
        }
        Map<Long, HouseholdFacts> facts = files.householdFacts(ids);
        Map<Long, org.ektefaa.eligibility.entity.Assessment> latest = rules.latest(ids);
        for (long id : ids) {
            HouseholdFacts f = facts.get(id);
            org.ektefaa.eligibility.entity.Assessment a = latest.get(id);
            if (f != null && REGISTERED.equals(f.status()) && a != null) {
                book.keep(new Renewal(id, a.getValidUntil(), a.getMadeAt()));
            }
        }
        return ids.get(ids.size() - 1);
    }

    @Inject
    org.ektefaa.eligibility.control.RuleBook rules;

    /**
     * Renews the file's eligibility: {@code incomeNow} is the monthly income the household declares today (the file
     * must hold the same: it is corrected first), {@code documentsSeen} that the officer saw its documents. The file
     * is assessed again and holds for another period from today.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Standing renew(long fileId, long version, BigDecimal incomeNow, boolean documentsSeen) {
        Renewal renewal = book.forChange(fileId).orElseThrow(() -> new RuleViolation("renewal.error.notRegistered"));
        Versioned.asSeen(renewal, version);
        if (incomeNow == null) {
            throw new RuleViolation("renewal.error.income");
        }
        HouseholdFacts facts = files.householdFacts(fileId).filter(f -> "REGISTERED".equals(f.status()))
                .orElseThrow(() -> new RuleViolation("renewal.error.notRegistered"));
        BigDecimal onFile = facts.monthlyIncome();
        if (onFile.compareTo(incomeNow) != 0) {
            throw new RuleViolation("renewal.error.incomeDiffers", onFile.stripTrailingZeros().toPlainString(),
                    incomeNow.stripTrailingZeros().toPlainString());
        }
        // the income first (the officer corrects the file), then the documents
        Renewal.check(incomeNow, documentsSeen);
        String by = caller.name();
        Standing standing = assessments.onRenewal(fileId).orElseThrow(() -> new RuleViolation("eligibility.error.noFile"));
        renewal.renew(incomeNow, documentsSeen, standing.validUntil(), by, clock.instant());
        book.flush();
        audited.fire(new Audited(by, "RENEWED", "Beneficiary", String.valueOf(fileId),
                "until " + standing.validUntil() + ", " + standing.outcome()));
        return standing;
    }
}

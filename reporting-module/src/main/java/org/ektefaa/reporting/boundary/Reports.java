package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.control.Renderer;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.entity.ArchivedReport;

/**
 * The association's periodic reports (policy §3.5, §6): the board's quarterly service-quality report, the monthly
 * operations report and the satisfaction detail report, in Arabic (right to left) or English, as PDF and as the lines
 * their exports hold ({@link ReportContents}); archived with their parameters and SHA-256. A person's documents are
 * {@link Receipts}; targets and improvement actions {@link ImprovementPlan}.
 */
@ApplicationScoped
@Transactional
public class Reports {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** The reports that cover a period and are archived. */
    public enum Kind {
        QUARTERLY("board.title", "board-quarterly"), MONTHLY("monthly.title", "monthly-operations"),
        SATISFACTION("satisfaction.title", "satisfaction-detail");

        private final String titleKey;
        private final String template;

        Kind(String titleKey, String template) {
            this.titleKey = titleKey;
            this.template = template;
        }

        /** The name an association gives its own template of this report ({@code <data dir>/reports/<name>.jrxml}). */
        public String template() {
            return template;
        }

        /** The report bundle's key of its title. */
        public String titleKey() {
            return titleKey;
        }
    }

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    org.ektefaa.platform.api.PolicyVersions policyVersions;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    org.ektefaa.reporting.control.Letterhead letterhead;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.reporting.control.ReportTemplates templates;

    @Inject
    org.ektefaa.platform.api.StaffDirectory staff;

    @Inject
    Event<Audited> audited;

    @Inject
    ReportContents contents;


    /** Produces a periodic report and keeps it in the archive, replacing an earlier one of the same period. */
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public ArchivedReport produce(@NotNull Kind kind, @NotNull Period period, @NotBlank String language, String meeting) {
        String by = caller.name();
        byte[] pdf = pdf(kind, period, language, meeting);
        em.createQuery("delete from ArchivedReport a where a.kind = :k and a.periodStart = :s and a.language = :l")
                .setParameter("k", kind.name()).setParameter("s", period.start()).setParameter("l", language).executeUpdate();
        ArchivedReport archived = new ArchivedReport(kind.name(), period.start(), period.end(), language,
                meeting == null || meeting.isBlank() ? null : "meeting=" + meeting.strip(), pdf, sha256(pdf), by, clock.instant());
        em.persist(archived);
        em.flush();
        audited.fire(new Audited(by, "REPORT_PRODUCED", "ArchivedReport", String.valueOf(archived.getId()),
                kind + " " + period.start()));
        return archived;
    }

    /** The schedule's call: produces the report unless the archive already has it (another server did). */
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<ArchivedReport> produceOnce(Kind kind, Period period, String language) {
        Long existing = em.createQuery("select count(a) from ArchivedReport a where a.kind = :k and a.periodStart = :s"
                        + " and a.language = :l", Long.class).setParameter("k", kind.name()).setParameter("s", period.start())
                .setParameter("l", language).getSingleResult();
        if (existing > 0) {
            return Optional.empty();
        }
        byte[] pdf = pdf(kind, period, language, null, "schedule");
        ArchivedReport archived = new ArchivedReport(kind.name(), period.start(), period.end(), language, "scheduled", pdf,
                sha256(pdf), "schedule", clock.instant());
        em.persist(archived);
        em.flush();
        return Optional.of(archived);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<ArchivedReport> archive(int max) {
        return em.createQuery("select new org.ektefaa.reporting.entity.ArchivedReport(a.id, a.kind, a.periodStart,"
                + " a.periodEnd, a.language, a.parameters, a.sha256, a.sizeBytes, a.generatedBy, a.generatedAt)"
                + " from ArchivedReport a order by a.generatedAt desc, a.id desc", ArchivedReport.class)
                .setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<ArchivedReport> archived(long id) {
        return Optional.ofNullable(em.find(ArchivedReport.class, id));
    }

    /** The report's PDF, not archived (previews, tests). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public byte[] pdf(Kind kind, Period period, String language, String meeting) {
        return pdf(kind, period, language, meeting, caller.name());
    }

    private byte[] pdf(Kind kind, Period period, String language, String meeting, String by) {
        AssociationProfile association = profile.get();
        Wording w = new Wording(language, association.arabicDigits());
        List<ReportLine> lines = contents.lines(kind, period, w);
        String periodText = w.t("period", w.date(period.start()), w.date(period.end()));
        String meetingLine = meeting == null || meeting.isBlank() ? null : w.t("meeting", meeting.strip());
        String policyLine = policyVersions.inForceOn(period.end()).map(v -> w.t("policyVersion", v.label(),
                v.approvalReference(), w.date(v.approvedOn()))).orElse(null);
        String subtitle = meetingLine == null ? policyLine : policyLine == null ? meetingLine : meetingLine + "\n" + policyLine;
        // a period not over yet says how far its figures go (review of #23)
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(period.end())) {
            String partial = w.t("partial", w.date(today));
            subtitle = subtitle == null ? partial : partial + "\n" + subtitle;
        }
        String signature = kind == Kind.QUARTERLY ? w.t("signature", association.boardChair(w.locale())) : null;
        String generated = w.t("generated", w.date(LocalDate.now(clock)));
        Renderer.Cover cover;
        if (kind == Kind.QUARTERLY) {
            // the board quarterly opens on a cover of its own: who prepared it, and what it holds (issue #23)
            List<String> sections = lines.stream().filter(l -> "SECTION".equals(l.getKind())).map(ReportLine::getLabel)
                    .toList();
            StringBuilder contents = new StringBuilder();
            for (int i = 0; i < sections.size(); i++) {
                contents.append(i == 0 ? "" : "\n").append(w.number(i + 1)).append(". ").append(sections.get(i));
            }
            String prepared = w.t("prepared", w.date(LocalDate.now(clock)), "schedule".equals(by) ? w.t("prepared.schedule")
                    : staff.displayName(by).orElse(by));
            cover = new Renderer.Cover(w.rtl(), association.name(w.locale()), w.t(kind.titleKey), periodText, subtitle,
                    generated, letterhead.logo(), signature, prepared, w.t("contents"), contents.toString());
        } else {
            cover = new Renderer.Cover(w.rtl(), association.name(w.locale()), w.t(kind.titleKey), periodText, subtitle,
                    generated, letterhead.logo(), signature);
        }
        List<ReportLine> printed = lines;
        // the board quarterly has a built-in template of its own (a cover page with its contents); the monthly and the
        // satisfaction reports share one, which an association may still replace for each
        return templates.produce(kind.template(), kind == Kind.QUARTERLY ? kind.template() : "document",
                source -> Renderer.pdf(source, cover, printed, association.arabicDigits()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

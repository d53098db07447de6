package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.PolicyVersions;
import org.ektefaa.platform.api.Role;
import org.ektefaa.reporting.control.Exports;
import org.ektefaa.reporting.control.Figures;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.control.SatisfactionSections;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.entity.ArchivedReport;
import org.ektefaa.reporting.entity.ImprovementAction;

/**
 * The governance evidence pack (issue #23): one ZIP for a governance visit — the policy in force with its approval
 * reference, the last four quarterly board reports as archived, the conformance table of the last quarter, the
 * satisfaction methodology, and the register of improvement actions — with a manifest giving each file's size and
 * SHA-256, so that a visitor can check that nothing was changed after the pack was made. In a transaction: the
 * download is audited.
 */
@ApplicationScoped
@Transactional
public class EvidencePack {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    PolicyVersions policies;

    @Inject
    PolicyFigures conformance;

    @Inject
    Figures figures;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    /** The pack's files, in the report language {@code language}: name → content. */
    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public byte[] zip(String language) {
        String by = caller.name();
        Wording w = new Wording("en".equals(language) ? "en" : "ar");
        LocalDate today = LocalDate.now(clock);
        Period quarter = Period.quarterOf(today).previous();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("policy-in-force.txt", policy(w, today));
        List<ArchivedReport> reports = em.createQuery("select a from ArchivedReport a where a.kind = 'QUARTERLY'"
                        + " and a.language = :l order by a.periodStart desc", ArchivedReport.class)
                .setParameter("l", w.locale().getLanguage()).setMaxResults(4).getResultList();
        for (ArchivedReport report : reports) {
            files.put("board-reports/quarterly-" + report.getPeriodStart() + "-" + report.getLanguage() + ".pdf",
                    report.getPdf());
        }
        files.put("conformance-" + quarter.start() + ".csv", conformance(quarter, w));
        files.put("satisfaction-methodology-" + quarter.start() + ".txt", methodology(quarter, w));
        files.put("improvement-actions.csv", actions(w));
        byte[] zip = pack(files, w, today, by);
        audited.fire(new Audited(by, "EVIDENCE_PACK_DOWNLOADED", "EvidencePack", String.valueOf(quarter.start()),
                reports.size() + " board reports"));
        return zip;
    }

    private byte[] policy(Wording w, LocalDate today) {
        StringBuilder text = new StringBuilder();
        policies.inForceOn(today).ifPresentOrElse(v -> text.append(w.t("evidence.policy", v.label(),
                v.approvalReference(), w.date(v.approvedOn()))).append("\n\n"),
                () -> text.append(w.t("evidence.noPolicy")).append("\n\n"));
        for (PolicyFigures.Clause clause : conformance.clauses(Period.quarterOf(today), w.locale().getLanguage())) {
            text.append("§").append(clause.number()).append("  ")
                    .append(w.rtl() ? clause.arabic() : clause.english()).append("\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] conformance(Period quarter, Wording w) {
        return Exports.csv(new String[] {w.t("evidence.clause"), w.t("evidence.text"), w.t("evidence.does"), w.t("evidence.figure")},
                conformance.clauses(quarter, w.locale().getLanguage()).stream().map(c -> new Object[] {"§" + c.number(),
                    w.rtl() ? c.arabic() : c.english(), c.does(), c.figure() == null ? "" : c.figure()}).toList());
    }

    private byte[] methodology(Period quarter, Wording w) {
        List<ReportLine> lines = new ArrayList<>();
        SatisfactionSections.methodology(lines, figures.satisfaction(quarter), w);
        StringBuilder text = new StringBuilder(w.t("period", w.date(quarter.start()), w.date(quarter.end()))).append("\n\n");
        lines.forEach(line -> text.append(line.getLabel()).append("\n\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] actions(Wording w) {
        List<ImprovementAction> all = em.createQuery("select a from ImprovementAction a order by a.periodStart, a.id",
                ImprovementAction.class).getResultList();
        return Exports.csv(new String[] {w.t("evidence.period"), w.t("evidence.action"), w.t("evidence.owner"), w.t("evidence.due"),
            w.t("evidence.status"), w.t("evidence.reason")}, all.stream().map(a -> new Object[] {a.getPeriodStart(),
                a.getText(), a.getOwner() == null ? "" : a.getOwner(), a.getDueOn() == null ? "" : a.getDueOn(),
                w.t(a.isWithdrawn() ? "evidence.withdrawn" : a.isDone() ? "evidence.done" : "evidence.open"),
                a.getWithdrawnReason() == null ? "" : a.getWithdrawnReason()}).toList());
    }

    /** The files in a ZIP, with a manifest of each one's size and SHA-256. */
    private static byte[] pack(Map<String, byte[]> files, Wording w, LocalDate today, String by) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder manifest = new StringBuilder(w.t("evidence.manifest", w.date(today), by)).append("\n\n");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
                manifest.append(Reports.sha256(file.getValue())).append("  ").append(file.getValue().length)
                        .append("  ").append(file.getKey()).append("\n");
            }
            zip.putNextEntry(new ZipEntry("MANIFEST.txt"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

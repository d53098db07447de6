package org.ektefaa.web;

import org.ektefaa.platform.api.PolicyClause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.reporting.boundary.Reports;
import org.ektefaa.reporting.boundary.Receipts;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.entity.DailyCounts;
import org.ektefaa.reporting.entity.RequestFact;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.boundary.ReportSchedule;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.entity.ArchivedReport;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.satisfaction.boundary.Surveys;
import org.ektefaa.satisfaction.boundary.Suggestions;
import org.ektefaa.satisfaction.boundary.Invitations;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports inside Payara Micro against MariaDB (policy §3.5, §6): facts follow the other modules' events,
 * every figure the board report prints matches a count made with SQL on the same facts, the PDF reads in
 * Arabic in order, the archive keeps one report per period with its checksum, the schedule runs once.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class ReportingIT {

    @Inject
    org.ektefaa.reporting.boundary.ReportContents contents;

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClass(ReportingIT.class);
    }

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    Surveys surveys;

    @Inject
    Suggestions suggestions;

    @Inject
    Invitations invitations;

    @Inject
    Reports reports;

    @Inject
    Receipts receipts;

    @Inject
    ReportSchedule schedule;

    @Inject
    org.ektefaa.reporting.boundary.PolicyFigures policy;

    @Inject
    org.ektefaa.reporting.boundary.FactRebuild rebuild;

    @Inject
    org.ektefaa.platform.boundary.Policies policies;

    @Inject
    org.ektefaa.volunteering.boundary.Volunteers volunteers;

    @Inject
    org.ektefaa.volunteering.boundary.Opportunities opportunities;

    @Inject
    org.ektefaa.volunteering.boundary.VolunteerHours volunteerHours;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    jakarta.transaction.UserTransaction transaction;

    @jakarta.persistence.PersistenceContext(unitName = "reporting")
    jakarta.persistence.EntityManager reporting;

    @Inject
    org.ektefaa.reporting.control.DailyFacts daily;

    @Inject
    org.ektefaa.reporting.boundary.ImprovementPlan plan;

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private AidRequest closedInquiry(String mobile) {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null, "عبدالله",
                mobile, "سؤال", "عن الخدمات"));
        handling.answer(r.getId(), queries.find(r.getId()).orElseThrow().getVersion(), "الجواب", null, null);
        handling.close(r.getId(), queries.find(r.getId()).orElseThrow().getVersion());
        return r;
    }

    @Test
    void factsFollowTheEventsInTheSameTransaction() throws SQLException {
        AidRequest r = closedInquiry("0551239001");
        assertThat(count("select count(*) from rep_request_fact where request_id = ? and closed_at is not null"
                + " and channel = 'WEBSITE' and request_type = 'INQUIRY'", r.getId())).isEqualTo(1);
        assertThat(count("select count(*) from rep_invitation_fact")).isPositive();
        // a request refused by a rule leaves no fact behind
        long before = count("select count(*) from rep_request_fact");
        assertThatThrownBy(() -> requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null,
                "x", "not a mobile", "s", "d"))).isInstanceOf(RuleViolation.class);
        assertThat(count("select count(*) from rep_request_fact")).isEqualTo(before);
    }

    @Test
    @PolicyClause("3.5")
    @PolicyClause("5.4")
    void theBoardReportPrintsWhatTheFactsSayInArabic() throws Exception {
        for (int i = 0; i < 3; i++) {
            AidRequest r = closedInquiry("055123910" + i);
            surveys.answer(invitations.invitationsFor(r.getId()).get(0).getId(),
                    new SurveyResponse.Scores(i == 0 ? 2 : 5, 4, 5, 4, 6, i == 0 ? 3 : 10), null, true);
        }
        Period quarter = Period.quarterOf(LocalDate.now(RIYADH));
        List<ReportLine> lines = contents.lines(Reports.Kind.QUARTERLY, quarter, new Wording("en"));
        long website = count("select count(*) from rep_request_fact where channel = 'WEBSITE' and received_at >= ?"
                + " and received_at < ?", quarter.from(RIYADH), quarter.until(RIYADH));
        assertThat(lines).anyMatch(l -> "ROW".equals(l.getKind()) && "The association's website".equals(l.getLabel())
                && String.valueOf(website).equals(l.getValue().replace(",", "")));
        long answers = count("select count(*) from rep_survey_fact where overall is not null and answered_at >= ?"
                + " and answered_at < ?", quarter.from(RIYADH), quarter.until(RIYADH));
        long satisfied = count("select count(*) from rep_survey_fact where overall >= 4 and answered_at >= ?"
                + " and answered_at < ?", quarter.from(RIYADH), quarter.until(RIYADH));
        String csat = new java.math.BigDecimal(satisfied * 100).divide(new java.math.BigDecimal(answers), 1,
                java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        assertThat(lines).anyMatch(l -> l.getLabel() != null && l.getLabel().startsWith("Satisfaction (CSAT")
                && csat.equals(l.getValue()) && String.valueOf(answers).equals(l.getN().replace(",", "").replace(" †", "")));

        ArchivedReport archived = reports.produce(Reports.Kind.QUARTERLY, quarter, "ar", "1447/12");
        ArchivedReport stored = reports.archived(archived.getId()).orElseThrow();
        assertThat(stored.getSha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(stored.getPdf())));
        keep("board-quarterly-ar.pdf", stored.getPdf());
        keep("board-quarterly-en.pdf", reports.pdf(Reports.Kind.QUARTERLY, quarter, "en", "1447/12"));
        String text = pdfText(stored.getPdf());
        // words in reading order (pdftotext places neutral punctuation such as ':' by its own rules)
        assertThat(text).contains("تقرير جودة الخدمة الربعي لمجلس الإدارة", "المؤشرات الرئيسة", "الموقع الإلكتروني للجمعية",
                "الالتزام بمدة القرار", "اجتماع مجلس الإدارة", "1447/12", "إجراءات التحسين المعتمدة",
                "الالتزام بالسياسة");
        // issue #23: a board document — a cover with its contents and who prepared it, an executive summary written
        // from the figures, key indicators against their targets, the method behind the satisfaction figures
        assertThat(text).contains("المحتويات", "أعده", "الملخص التنفيذي", "تلقت الجمعية في هذه الفترة",
                "كيف جُمعت أرقام الرضا", "الإجابات غير الراضية");
        assertThat(pdfInfo(stored.getPdf())).containsPattern("Tagged: +yes").containsPattern(
                "Title: +تقرير جودة الخدمة الربعي لمجلس الإدارة").containsPattern("Author: +\\S");
        String english = pdfText(reports.pdf(Reports.Kind.QUARTERLY, quarter, "en", "1447/12"));
        assertThat(english).contains("Contents", "Executive summary", "reached the association in the period",
                "How the satisfaction figures were obtained", "Page 2 of ");
        assertThat(reports.archive(50)).extracting(ArchivedReport::getId).contains(archived.getId());
        // producing the same period again replaces it: one report per kind, period and language
        ArchivedReport again = reports.produce(Reports.Kind.QUARTERLY, quarter, "ar", null);
        assertThat(reports.archive(50)).extracting(ArchivedReport::getId).contains(again.getId())
                .doesNotContain(archived.getId());
    }

    @Test
    void complaintsAreCountedByThemeAndOutcome() throws Exception {
        String[][] resolved = {{"WAITING", "true"}, {"WAITING", "false"}, {"CONDUCT", "true"}};
        for (int i = 0; i < resolved.length; i++) {
            AidRequest c = requests.receive(new Requests.Intake(RequestType.COMPLAINT, ContactChannel.WEBSITE, null, "سلمى",
                    "055123950" + i, "تأخر", "انتظرت طويلا"));
            long version = queries.find(c.getId()).orElseThrow().getVersion();
            if (i == 0) {
                assertThatThrownBy(() -> handling.answer(c.getId(), version, "نعتذر", "NO_SUCH_THEME", true))
                        .isInstanceOf(RuleViolation.class);
            }
            handling.answer(c.getId(), version, "نعتذر", resolved[i][0], Boolean.valueOf(resolved[i][1]));
        }
        Period quarter = Period.quarterOf(LocalDate.now(RIYADH));
        long waiting = count("select count(*) from rep_request_fact where complaint_theme = 'WAITING' and received_at >= ?"
                + " and received_at < ?", quarter.from(RIYADH), quarter.until(RIYADH));
        long waitingUpheld = count("select count(*) from rep_request_fact where complaint_theme = 'WAITING'"
                + " and complaint_upheld and received_at >= ? and received_at < ?", quarter.from(RIYADH), quarter.until(RIYADH));
        assertThat(waiting).isGreaterThanOrEqualTo(2);
        List<ReportLine> lines = contents.lines(Reports.Kind.QUARTERLY, quarter, new Wording("en"));
        assertThat(lines).anyMatch(l -> "ROW".equals(l.getKind()) && "Waiting or late replies".equals(l.getLabel())
                && String.valueOf(waiting).equals(l.getValue()) && String.valueOf(waitingUpheld).equals(l.getPrevious()));
        assertThat(pdfText(reports.pdf(Reports.Kind.QUARTERLY, quarter, "ar", null)))
                .contains("محور الشكاوى المعالجة", "طول الانتظار أو التأخر في الرد", "تعامل الموظفين");
    }

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.ektefaa.eligibility.api.AssessmentMade> assessed;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.ektefaa.eligibility.api.RulesOverridden> overridden;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.ektefaa.eligibility.api.VisitRecorded> visited;

    /**
     * Issue #26, deliver 5: the monthly and quarterly reports say whether the eligibility rules are applied — the
     * outcomes of the files assessed on submission, the decisions taken against an assessment, renewals, home visits
     * signed and late, and each category's need profile (a file corrected in the period counted once, by its latest
     * assessment).
     */
    @Test
    @PolicyClause("5.4")
    void eligibilityOutcomesOverridesVisitsAndTheNeedProfileReachTheReports() throws Exception {
        Period month = Period.monthOf(LocalDate.now(RIYADH));
        List<ReportLine> before = contents.lines(Reports.Kind.MONTHLY, month, new Wording("en"));
        java.time.Instant now = java.time.Instant.now();
        LocalDate today = LocalDate.now(RIYADH);
        var eligible = org.ektefaa.eligibility.api.Outcome.ELIGIBLE;
        transaction.begin();
        assessed.fire(new org.ektefaa.eligibility.api.AssessmentMade(9_100_001L, 9_100_001L, "ELIGIBILITY_IT", eligible,
                80, "HIGH", "SUBMITTED", now));
        assessed.fire(new org.ektefaa.eligibility.api.AssessmentMade(9_100_002L, 9_100_002L, "ELIGIBILITY_IT",
                org.ektefaa.eligibility.api.Outcome.NOT_ELIGIBLE, 20, "LOW", "SUBMITTED", now));
        // the same file corrected afterwards: the need profile counts it once, as last assessed
        assessed.fire(new org.ektefaa.eligibility.api.AssessmentMade(9_100_003L, 9_100_002L, "ELIGIBILITY_IT", eligible,
                55, "MEDIUM", "FILE_CHANGED", now.plusSeconds(1)));
        assessed.fire(new org.ektefaa.eligibility.api.AssessmentMade(9_100_004L, 9_100_004L, "ELIGIBILITY_IT_2",
                org.ektefaa.eligibility.api.Outcome.NEEDS_REVIEW, 75, "HIGH", "RENEWAL", now));
        overridden.fire(new org.ektefaa.eligibility.api.RulesOverridden(9_100_001L, 9_100_002L, 9_100_002L,
                org.ektefaa.eligibility.api.Outcome.NOT_ELIGIBLE, true, "executive1", now));
        // one visit late (due five days ago, still to do), one assigned then signed
        visited.fire(new org.ektefaa.eligibility.api.VisitRecorded(9_100_001L, "ASSIGNED",
                now.minus(java.time.Duration.ofDays(10)), today.minusDays(5), null, null,
                now.minus(java.time.Duration.ofDays(10))));
        visited.fire(new org.ektefaa.eligibility.api.VisitRecorded(9_100_002L, "ASSIGNED",
                now.minus(java.time.Duration.ofDays(3)), today.plusDays(2), null, null,
                now.minus(java.time.Duration.ofDays(3))));
        visited.fire(new org.ektefaa.eligibility.api.VisitRecorded(9_100_002L, "DONE",
                now.minus(java.time.Duration.ofDays(3)), today.plusDays(2), now, "SUPPORT", now));
        transaction.commit();
        // the facts follow the events after the commit: the report is read once the last one is in
        long until = System.currentTimeMillis() + 15_000;
        while (count("select count(*) from rep_visit_fact where visit_id = 9100002 and status = 'DONE'") == 0
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }

        List<ReportLine> after = contents.lines(Reports.Kind.MONTHLY, month, new Wording("en"));
        assertThat(figure(after, "Submissions assessed") - figure(before, "Submissions assessed")).isEqualTo(2);
        assertThat(figure(after, "… eligible") - figure(before, "… eligible")).isEqualTo(1);
        assertThat(figure(after, "… not eligible") - figure(before, "… not eligible")).isEqualTo(1);
        assertThat(figure(after, "Approved though assessed not eligible (with a reason)")
                - figure(before, "Approved though assessed not eligible (with a reason)")).isEqualTo(1);
        assertThat(figure(after, "Eligibility renewed") - figure(before, "Eligibility renewed")).isEqualTo(1);
        assertThat(figure(after, "Home visits signed") - figure(before, "Home visits signed")).isEqualTo(1);
        assertThat(figure(after, "Home visits late at the period's end")
                - figure(before, "Home visits late at the period's end")).isEqualTo(1);
        assertThat(after).anyMatch(l -> "ROW".equals(l.getKind()) && "ELIGIBILITY_IT".equals(l.getLabel())
                && "1".equals(l.getValue()) && "1".equals(l.getPrevious()) && "0".equals(l.getTarget())
                && "2".equals(l.getN()));
        assertThat(contents.lines(Reports.Kind.QUARTERLY, Period.quarterOf(today), new Wording("en")))
                .anyMatch(l -> "SECTION".equals(l.getKind()) && l.getLabel().startsWith("Eligibility and home visits"));
        assertThat(pdfText(reports.pdf(Reports.Kind.MONTHLY, month, "ar", null)))
                .contains("الاستحقاق والزيارات الميدانية", "ملف الاحتياج");
    }

    private static long figure(List<ReportLine> lines, String label) {
        return lines.stream().filter(l -> "ROW".equals(l.getKind()) && label.equals(l.getLabel())).findFirst()
                .map(l -> Long.parseLong(l.getValue().replace(",", ""))).orElseThrow(() -> new AssertionError(label));
    }

    @Test
    void theScheduleProducesEachReportOnce() throws SQLException {
        LocalDate firstOfQuarter = Period.quarterOf(LocalDate.now(RIYADH)).start().minusYears(1);
        long before = count("select count(*) from rep_archive");
        schedule.run(firstOfQuarter);
        long after = count("select count(*) from rep_archive");
        assertThat(after - before).as("monthly (ar) and quarterly (ar, en)").isEqualTo(3);
        schedule.run(firstOfQuarter);
        assertThat(count("select count(*) from rep_archive")).as("a second server finds them done").isEqualTo(after);
    }

    @Test
    void theReceiptCarriesTheTrackingNumberAndTheCommitment() throws Exception {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.SUPPORT, ContactChannel.WEBSITE, null, "منيرة",
                "0551239200", "سداد إيجار", "متأخرة شهرين", "RENT"));
        byte[] receipt = receipts.receipt(r.getTrackingNumber(), "ar");
        keep("receipt-ar.pdf", receipt);
        String text = pdfText(receipt);
        assertThat(text).contains("إيصال استلام طلب", r.getTrackingNumber(), "تلتزم الجمعية بالبت في الطلبات");
        // issue #23: the service and the person it is for, a caption under the code, and the code opens the status
        // page with the tracking number filled in
        assertThat(text).contains("منيرة", "الخدمة", "تابع طلبك عبر");
        assertThat(pages(receipt)).hasSize(1).singleElement()
                .satisfies(page -> assertThat(qrCodes(page)).singleElement().asString()
                        .endsWith("/public/status.xhtml?lang=ar&t=" + r.getTrackingNumber()));
        assertThatThrownBy(() -> receipts.receipt("1400-000000", "ar")).isInstanceOf(RuleViolation.class);
        AidRequest done = closedInquiry("0551239201");
        byte[] closed = receipts.receipt(done.getTrackingNumber(), "en");
        keep("receipt-closed-en.pdf", closed);
        assertThat(pdfText(closed)).as("a closed request's receipt invites to evaluate")
                .contains("scan this code to rate the", "Follow your request at").contains(done.getTrackingNumber());
        // one page, not a blank second one, with both codes on it
        assertThat(pages(closed)).hasSize(1).singleElement().satisfies(page -> assertThat(qrCodes(page)).hasSize(2)
                .anyMatch(code -> code.endsWith("t=" + done.getTrackingNumber()))
                .anyMatch(code -> code.contains("/public/survey.xhtml")));
    }

    /**
     * Issue #23: the satisfaction detail report spreads each question's answers over its scale (as many as the facts
     * hold), trends twelve months by name, and groups the suggestions by theme without a name.
     */
    @Test
    @PolicyClause("3.5")
    void theSatisfactionDetailSpreadsEachQuestionsAnswers() throws Exception {
        AidRequest r = closedInquiry("0551239400");
        surveys.answer(invitations.invitationsFor(r.getId()).get(0).getId(),
                new SurveyResponse.Scores(5, 4, 5, 4, 6, 10), null, true);
        Period month = Period.monthOf(LocalDate.now(RIYADH));
        List<ReportLine> lines = contents.lines(Reports.Kind.SATISFACTION, month, new Wording("en"));
        long fives = count("select count(*) from rep_survey_fact where overall = 5 and answered_at >= ? and answered_at < ?",
                month.from(RIYADH), month.until(RIYADH));
        int overall = indexOf(lines, "Overall satisfaction (1–5)");
        assertThat(lines.get(overall + 5).getLabel()).isEqualTo("5");
        assertThat(lines.get(overall + 5).getValue().replace(",", "")).isEqualTo(String.valueOf(fives));
        assertThat(lines.get(indexOf(lines, "Would recommend (0–10)") + 11).getLabel()).isEqualTo("10");
        assertThat(lines).anyMatch(l -> "SECTION".equals(l.getKind()) && "Suggestions written in surveys, by theme".equals(l.getLabel()));
        String text = pdfText(reports.pdf(Reports.Kind.SATISFACTION, month, "en", null));
        assertThat(text).contains("How the answers spread, question by question", "Would recommend (0–10)");
        // a year of months: two trend charts (satisfaction, NPS), one measure each
        assertThat(lines.stream().filter(l -> "IMAGE".equals(l.getKind()))).hasSize(2);
    }

    private static int indexOf(List<ReportLine> lines, String header) {
        for (int i = 0; i < lines.size(); i++) {
            if ("HEADER".equals(lines.get(i).getKind()) && header.equals(lines.get(i).getLabel())) {
                return i;
            }
        }
        throw new AssertionError("no table " + header);
    }

    @Inject
    org.ektefaa.reporting.boundary.EvidencePack evidence;

    /**
     * Issue #23: one download for a governance visit — the policy in force, the last quarterly reports, the conformance
     * table, the satisfaction method and the improvement actions — each file's SHA-256 in the manifest.
     */
    @Test
    @PolicyClause("3.7")
    void theGovernanceEvidencePackHoldsWhatAVisitAsksForWithItsChecksums() throws Exception {
        Period last = Period.quarterOf(LocalDate.now(RIYADH)).previous();
        reports.produce(Reports.Kind.QUARTERLY, last, "en", "Governance visit");
        plan.addAction(last.start(), "Call back every complaint within a day", "Quality officer", null);
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(evidence.zip("en")), StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).containsKeys("policy-in-force.txt", "improvement-actions.csv", "conformance-" + last.start() + ".csv",
                "satisfaction-methodology-" + last.start() + ".txt", "MANIFEST.txt");
        assertThat(files).containsKey("board-reports/quarterly-" + last.start() + "-en.pdf");
        String manifest = new String(files.get("MANIFEST.txt"), StandardCharsets.UTF_8);
        files.forEach((name, content) -> {
            if (!"MANIFEST.txt".equals(name)) {
                try {
                    assertThat(manifest).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(content)) + "  " + content.length + "  " + name);
                } catch (java.security.NoSuchAlgorithmException impossible) {
                    throw new AssertionError(impossible);
                }
            }
        });
        assertThat(new String(files.get("policy-in-force.txt"), StandardCharsets.UTF_8)).contains("Policy in force: version",
                "§5.4");
        assertThat(new String(files.get("improvement-actions.csv"), StandardCharsets.UTF_8))
                .contains("Call back every complaint within a day", "open");
        assertThat(new String(files.get("satisfaction-methodology-" + last.start() + ".txt"), StandardCharsets.UTF_8))
                .contains("How the satisfaction figures were obtained", "invitation");
        assertThat(count("select count(*) from plt_audit_log where action = 'EVIDENCE_PACK_DOWNLOADED'")).isPositive();
    }

    @Inject
    org.ektefaa.reporting.control.ReportTemplates templates;

    /**
     * Issue #23: an association's own template put in the data directory is compiled in the server and used for the
     * next receipt; one that does not compile gives way to the built-in receipt and is shown to administrators.
     */
    @Test
    void anAssociationsOwnTemplateInTheDataDirectoryChangesTheReceipt() throws Exception {
        AidRequest r = requests.receive(new Requests.Intake(RequestType.INQUIRY, ContactChannel.WEBSITE, null, "سارة",
                "0551239300", "سؤال", "عن الخدمات"));
        Path own = Files.createDirectories(templates.folder()).resolve("receipt.jrxml");
        try {
            Files.writeString(own, """
                    <jasperReport name="receipt" language="java" pageWidth="595" pageHeight="842" columnWidth="515"
                                  leftMargin="40" rightMargin="40" topMargin="40" bottomMargin="40"
                                  whenNoDataType="AllSectionsNoDetail">
                        <parameter name="tracking" class="java.lang.String"/>
                        <title height="40">
                            <element kind="textField" x="0" y="0" width="515" height="30">
                                <expression><![CDATA["Our own receipt for " + $P{tracking}]]></expression>
                            </element>
                        </title>
                    </jasperReport>
                    """);
            assertThat(pdfText(receipts.receipt(r.getTrackingNumber(), "en")))
                    .contains("Our own receipt for " + r.getTrackingNumber()).doesNotContain("Request receipt");
            assertThat(templates.problems()).isEmpty();

            Files.writeString(own, "<jasperReport name=\"receipt\"><title height=\"oops\"></jasperReport>");
            Files.setLastModifiedTime(own, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
            assertThat(pdfText(receipts.receipt(r.getTrackingNumber(), "en"))).contains("Request receipt");
            assertThat(templates.problems()).singleElement().asString().startsWith("receipt.jrxml: ");
        } finally {
            Files.deleteIfExists(own);
        }
        assertThat(pdfText(receipts.receipt(r.getTrackingNumber(), "en"))).contains("Request receipt");
        assertThat(templates.problems()).as("cleared once the file is gone").isEmpty();
    }

    /** What Poppler's pdfinfo says of a PDF: its title, author, whether it is tagged, its pages. */
    private static String pdfInfo(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdfinfo", file.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.delete(file);
        return info;
    }

    /** Each page of a PDF as Poppler draws it at 150 dpi. */
    private static List<java.awt.image.BufferedImage> pages(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("pages");
        Path file = dir.resolve("doc.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-r", "150", "-png", file.toString(), dir.resolve("page").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        List<java.awt.image.BufferedImage> pages = new java.util.ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path png : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                pages.add(javax.imageio.ImageIO.read(png.toFile()));
            }
        }
        return pages;
    }

    /** What the QR codes on a page say (ZXing, as a phone's camera reads them). */
    private static List<String> qrCodes(java.awt.image.BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        try {
            return java.util.Arrays.stream(new com.google.zxing.multi.qrcode.QRCodeMultiReader().decodeMultiple(bitmap))
                    .map(com.google.zxing.Result::getText).toList();
        } catch (com.google.zxing.NotFoundException none) {
            return List.of();
        }
    }

    @Test
    void anApprovedVolunteerGetsACertificateOfTheApprovedHours() throws Exception {
        org.ektefaa.volunteering.entity.Volunteer v = volunteers.register(new org.ektefaa.volunteering.boundary.Volunteers.Registration(
                "أمل سعيد الزهراني", org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                        105_100_000L + new java.security.SecureRandom().nextInt(800_000)), org.ektefaa.volunteering.entity.Enums.Gender.FEMALE,
                LocalDate.of(1990, 1, 1), "0551239300", "amal@example.sa", "مكة", org.ektefaa.volunteering.entity.Enums.Education.BACHELOR,
                java.util.Set.of("TEACHING"), null, java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                java.util.EnumSet.allOf(org.ektefaa.volunteering.entity.Enums.TimeOfDay.class), 8, null, true, true, "ar"));
        assertThatThrownBy(() -> receipts.certificate(v.getId())).isInstanceOf(RuleViolation.class);
        volunteers.review(v.getId(), v.getVersion(), org.ektefaa.volunteering.entity.Enums.VolunteerStatus.APPROVED, null);
        java.time.Instant start = LocalDate.now(RIYADH).minusDays(3).atTime(16, 0).atZone(RIYADH).toInstant();
        var opportunity = opportunities.create(new org.ektefaa.volunteering.entity.Opportunity.Plan("دروس تقوية للأيتام", null,
                "مقر الجمعية", start, start.plus(java.time.Duration.ofDays(10)), null, 4, java.util.Set.of("TEACHING"), null));
        opportunities.signUp(v.getId(), opportunity.getId());
        var hours = volunteerHours.logHours(v.getId(), opportunity.getId(), LocalDate.now(RIYADH).minusDays(1),
                new java.math.BigDecimal("4"), null);
        long version = volunteerHours.hoursOf(v.getId()).get(0).getVersion();
        volunteerHours.approveHours(hours.getId(), version, null);
        String text = pdfText(receipts.certificate(v.getId()));
        keep("volunteer-certificate-ar.pdf", receipts.certificate(v.getId()));
        assertThat(text).contains("شهادة ساعات تطوع", "أمل سعيد الزهراني", "دروس تقوية للأيتام");
        assertThat(count("select count(*) from rep_hours_fact where volunteer_id = ?", v.getId())).isEqualTo(1);
    }

    @Test
    @PolicyClause("4.7")
    void thePolicyPageShowsEachClauseWithTheFigureOfTheFacts() throws Exception {
        Period quarter = Period.quarterOf(LocalDate.now(RIYADH));
        List<org.ektefaa.reporting.boundary.PolicyFigures.Clause> clauses = policy.clauses(quarter, "en");
        assertThat(clauses).extracting(org.ektefaa.reporting.boundary.PolicyFigures.Clause::number)
                .startsWith("2", "3.1").contains("4.7", "5.4", "5.6").hasSize(21);
        long website = count("select count(*) from rep_request_fact where channel = 'WEBSITE' and received_at >= ?"
                + " and received_at < ?", quarter.from(RIYADH), quarter.until(RIYADH));
        assertThat(clauses).filteredOn(c -> c.number().equals("4.7")).singleElement()
                .satisfies(c -> assertThat(c.figure()).isEqualTo(website == 1 ? "One request received on this channel"
                        : String.format("%,d requests received on this channel", website)));
        // the Arabic figure's noun agrees with its number (issue #23)
        assertThat(policy.clauses(quarter, "ar")).filteredOn(c -> c.number().equals("4.7")).singleElement()
                .satisfies(c -> assertThat(c.figure()).startsWith(website == 1 ? "ورد عبر هذه القناة طلب واحد"
                        : website == 2 ? "ورد عبر هذه القناة طلبان" : website <= 10 ? "وردت عبر هذه القناة" : "ورد عبر هذه القناة"));
        assertThat(clauses).filteredOn(c -> c.number().equals("3.6")).singleElement()
                .satisfies(c -> assertThat(c.arabic()).contains("لا للعقاب والتشهير"));
    }

    /** Facts that predate the module come back from the requests module's records, exactly as the events left them. */
    @Test
    void missingRequestFactsAreRebuiltFromTheRequestsRecords() throws Exception {
        AidRequest r = closedInquiry("0551239400");
        String columns = "tracking_number, request_type, channel, received_at, closed_at, deliveries";
        String before = row("select " + columns + " from rep_request_fact where request_id = " + r.getId());
        long all = count("select count(*) from rep_request_fact");
        Period quarter = Period.quarterOf(LocalDate.now(RIYADH));
        String figureBefore = websiteFigure(quarter);
        // a fact that was never recorded: neither its row nor its part of the daily summaries
        transaction.begin();
        try {
            RequestFact fact = reporting.find(RequestFact.class, r.getId());
            daily.apply(daily.of(fact), new DailyCounts());
            reporting.remove(fact);
        } finally {
            transaction.commit();
        }
        assertThat(rebuild.rebuildRequests()).isEqualTo(1);
        assertThat(count("select count(*) from rep_request_fact")).isEqualTo(all);
        assertThat(row("select " + columns + " from rep_request_fact where request_id = " + r.getId())).isEqualTo(before);
        assertThat(rebuild.rebuildRequests()).as("nothing missing any more").isZero();
        assertThat(websiteFigure(quarter)).as("the summaries count the restored fact once").isEqualTo(figureBefore);
    }

    private String websiteFigure(Period quarter) {
        return contents.lines(Reports.Kind.QUARTERLY, quarter, new Wording("en")).stream()
                .filter(l -> "ROW".equals(l.getKind()) && "The association's website".equals(l.getLabel()))
                .map(ReportLine::getValue).findFirst().orElseThrow();
    }

    /** A new approved version of the policy appears with its approval reference, and the reports name the version in force. */
    @Test
    void aNewPolicyVersionIsInForceFromItsApproval() throws Exception {
        LocalDate today = LocalDate.now(RIYADH);
        assertThat(policies.inForceOn(today.minusYears(1))).hasValueSatisfying(v -> assertThat(v.label()).isEqualTo("1"));
        policies.record("2", "مجلس الإدارة، الاجتماع رقم 26-3", today, "تحديث قنوات التواصل");
        assertThat(policies.inForceOn(today)).hasValueSatisfying(v -> {
            assertThat(v.label()).isEqualTo("2");
            assertThat(v.approvalReference()).isEqualTo("مجلس الإدارة، الاجتماع رقم 26-3");
        });
        assertThat(policies.inForceOn(today.minusDays(1))).hasValueSatisfying(v -> assertThat(v.label()).isEqualTo("1"));
        assertThatThrownBy(() -> policies.record("2", "x", today, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> policies.record("3", "x", today.plusDays(1), null)).isInstanceOf(RuleViolation.class);
        String text = pdfText(reports.pdf(Reports.Kind.QUARTERLY, Period.quarterOf(today), "ar", null));
        // words in reading order; pdftotext places "26-3" by its own bidi rules
        assertThat(text).contains("السياسة السارية", "اعتمدها مجلس الإدارة", "الاجتماع رقم").containsPattern("26|3-26");
    }

    private String row(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                text.append(rs.getString(i)).append('|');
            }
            return text.toString();
        }
    }

    /** Suggestions written in surveys reach the board report with what became of them and their themes (§3.7). */
    @Test
    @PolicyClause("3.7")
    void adoptedSuggestionsAndTheirThemesReachTheBoardReport() throws Exception {
        AidRequest r = closedInquiry("0551239500");
        var response = surveys.answer(invitations.invitationsFor(r.getId()).get(0).getId(),
                new SurveyResponse.Scores(4, null, null, null, null, null), "مواقف السيارات قليلة", false);
        long version = suggestions.suggestions(null, 0, 500).stream().filter(x -> x.getId().equals(response.getId()))
                .findFirst().orElseThrow().getVersion();
        suggestions.review(response.getId(), version, org.ektefaa.satisfaction.entity.SuggestionStatus.ADOPTED,
                "مواقف، المبنى");
        List<ReportLine> lines = contents.lines(Reports.Kind.QUARTERLY, Period.quarterOf(LocalDate.now(RIYADH)), new Wording("en"));
        assertThat(lines).anyMatch(l -> "… adopted as improvement actions".equals(l.getLabel())
                && Integer.parseInt(l.getValue()) >= 1);
        assertThat(lines).anyMatch(l -> "TEXT".equals(l.getKind()) && l.getLabel().startsWith("Themes of the suggestions:")
                && l.getLabel().contains("مواقف") && l.getLabel().contains("المبنى"));
    }

    /** A copy for people to look at (rendered to images for the README): the temporary directory's ektefaa-reports. */
    /**
     * Issue #22: an improvement action can be corrected (as the person saw it) and withdrawn with a reason; the
     * quality officer's list keeps the withdrawn one, the board report leaves it out, both are audited.
     */
    @Test
    @PolicyClause("3.7")
    void improvementActionsAreCorrectedAndWithdrawn() throws SQLException {
        Period period = new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31));
        var kept = plan.addAction(period.start(), "الرد على الاتصالات خلال يوم", "الاستقبال", LocalDate.of(2021, 3, 1));
        var dropped = plan.addAction(period.start(), "زيارة كل أسرة مرتين", null, null);

        long seen = kept.getVersion();
        plan.changeAction(kept.getId(), seen, "الرد على الاتصالات خلال ساعتين", "مدير الاستقبال", LocalDate.of(2021, 2, 1));
        // a second officer who opened the action before the change cannot overwrite it
        assertThatThrownBy(() -> plan.changeAction(kept.getId(), seen, "قديم", null, null))
                .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThatThrownBy(() -> plan.changeAction(kept.getId(), seen + 1, " ", null, null)).isInstanceOf(RuleViolation.class)
                .hasMessage("actions.error.text");

        long droppedSeen = dropped.getVersion();
        assertThatThrownBy(() -> plan.withdrawAction(dropped.getId(), droppedSeen, " ")).isInstanceOf(RuleViolation.class)
                .hasMessage("actions.error.reason");
        plan.withdrawAction(dropped.getId(), droppedSeen, "ضُم إلى إجراء آخر");
        assertThatThrownBy(() -> plan.changeAction(dropped.getId(), droppedSeen + 1, "بعد السحب", null, null))
                .isInstanceOf(RuleViolation.class).hasMessage("actions.error.withdrawn");

        assertThat(plan.actionsFor(period)).extracting(a -> a.getText()).containsExactly("الرد على الاتصالات خلال ساعتين");
        assertThat(plan.allActionsFor(period)).hasSize(2).filteredOn(a -> a.isWithdrawn()).singleElement()
                .satisfies(a -> assertThat(a.getWithdrawnReason()).isEqualTo("ضُم إلى إجراء آخر"));
        List<ReportLine> lines = contents.lines(Reports.Kind.QUARTERLY, period, new Wording("ar"));
        assertThat(lines).anyMatch(l -> "الرد على الاتصالات خلال ساعتين".equals(l.getLabel())
                && "مدير الاستقبال".equals(l.getValue()) && "متأخر عن موعده".equals(l.getTarget()));
        assertThat(lines).noneMatch(l -> l.getLabel() != null && l.getLabel().contains("زيارة كل أسرة"));
        // issue #23: marked done, the action reads done in its quarter and in the next quarter's follow-up
        plan.markDone(kept.getId(), seen + 1);
        assertThatThrownBy(() -> plan.changeAction(kept.getId(), seen + 2, "بعد الإنجاز", null, null))
                .isInstanceOf(RuleViolation.class).hasMessage("actions.error.done");
        assertThat(contents.lines(Reports.Kind.QUARTERLY, period, new Wording("ar"))).anyMatch(l ->
                "الرد على الاتصالات خلال ساعتين".equals(l.getLabel()) && l.getTarget().startsWith("أُنجز في"));
        List<ReportLine> next = contents.lines(Reports.Kind.QUARTERLY, Period.quarterOf(period.end().plusDays(1)), new Wording("en"));
        int followUp = java.util.stream.IntStream.range(0, next.size()).filter(i -> "SECTION".equals(next.get(i).getKind())
                && "Last period's improvement actions, followed up".equals(next.get(i).getLabel())).findFirst().orElseThrow();
        assertThat(next.subList(followUp, next.size())).anyMatch(l -> "الرد على الاتصالات خلال ساعتين".equals(l.getLabel())
                && l.getTarget().startsWith("Done on"));
        assertThat(count("select count(*) from plt_audit_log where action in ('ACTION_CHANGED', 'ACTION_WITHDRAWN')"
                + " and target_id in (?, ?)", String.valueOf(kept.getId()), String.valueOf(dropped.getId()))).isEqualTo(2);
        assertThat(count("select count(*) from plt_audit_log where action = 'ACTION_CHANGED' and target_id = ?"
                + " and detail like 'was: الرد على الاتصالات خلال يوم | الاستقبال | 2021-03-01'", String.valueOf(kept.getId())))
                .as("what the action said before").isEqualTo(1);
        assertThat(count("select count(*) from plt_audit_log where action = 'ACTION_DONE' and target_id = ?",
                String.valueOf(kept.getId()))).isEqualTo(1);
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ektefaa-reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    /** The PDF's text as pdftotext reads it, Arabic presentation forms folded back to letters. */
    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.delete(file);
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\u202A-\\u202E]", "");
    }
}

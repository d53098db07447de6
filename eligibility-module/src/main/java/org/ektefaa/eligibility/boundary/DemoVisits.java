package org.ektefaa.eligibility.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.control.RuleBook;
import org.ektefaa.eligibility.entity.HousingCondition;
import org.ektefaa.eligibility.entity.Recommendation;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.platform.api.SystemActor;

/**
 * Demo home visits (issue #26), after the demo's requests: of the files still awaiting a decision, three visited and
 * signed by the reception's researcher (one finding a point not confirmed), one late, one due in a few days — so the
 * executive's queue, the researcher's list and the dashboard show each state — and two offered to approved volunteers
 * (the volunteering demo has a volunteer take the first).
 */
@ApplicationScoped
public class DemoVisits {

    @jakarta.persistence.PersistenceContext(unitName = "eligibility")
    jakarta.persistence.EntityManager em;

    /** Between the demo's steps this module's persistence context is written and let go of (the load stays linear). */
    void settle(@jakarta.enterprise.event.Observes org.ektefaa.platform.api.DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    private static final String RESEARCHER = "demo.reception";

    @Inject
    RuleBook book;

    @Inject
    BeneficiaryDirectory files;

    @Inject
    Visits visits;

    @Inject
    Assessments assessments;

    @Inject
    Clock clock;

    void on(@Observes @Priority(1500) DemoDataRequested demo) {
        LocalDate start = LocalDate.ofInstant(demo.now(), clock.getZone());
        List<Long> ids = book.currentOutcomes(null, null, start, 2000).stream().map(r -> (Long) r[0]).sorted().toList();
        List<Long> awaiting = new ArrayList<>();
        files.householdFacts(ids).values().stream()
                .filter(f -> Set.of("SUBMITTED", "UNDER_DECISION").contains(f.status()))
                .forEach(f -> awaiting.add(f.fileId()));
        // the demo may load into a database in use: a file someone already sent a researcher to is left as it is
        awaiting.removeIf(id -> visits.latest(id).filter(v -> v.getStatus()
                == org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED).isPresent());
        awaiting.sort(null);
        String drawing = signature();
        for (int n = 0; n < Math.min(5, awaiting.size()); n++) {
            final int i = n;
            long fileId = awaiting.get(i);
            int daysAgo = i < 3 ? 6 : i == 3 ? 9 : 1;
            demo.at(demo.now().minus(Duration.ofDays(daysAgo)));
            LocalDate assignedOn = LocalDate.ofInstant(demo.now().minus(Duration.ofDays(daysAgo)), clock.getZone());
            Visit visit = SystemActor.supply("demo.executive", () -> visits.assign(fileId, RESEARCHER,
                    assignedOn.plusDays(i == 3 ? 5 : 4), i == 3 ? "التحقق من السكن" : "التحقق من الدخل والسكن"));
            if (i >= 3) {
                continue; // one late, one due in a few days
            }
            demo.at(demo.now().minus(Duration.ofDays(2)).plus(Duration.ofHours(i)));
            Map<String, Boolean> found = new LinkedHashMap<>();
            Standing standing = assessments.latest(List.of(fileId)).get(fileId);
            if (standing != null) {
                standing.criteria().stream().filter(l -> !l.code().startsWith("VISIT"))
                        .forEach(l -> found.put(org.ektefaa.eligibility.control.Evaluation.findingKey(l),
                                !(i == 1 && l.code().equals("INCOME_PER_MEMBER_MAX"))));
            }
            Visit.Report report = new Visit.Report(found, 3 + i, new BigDecimal(1800 + 400 * i), new BigDecimal(300 * i),
                    i == 2 ? HousingCondition.POOR : HousingCondition.FAIR,
                    i == 1 ? Recommendation.REVIEW : Recommendation.SUPPORT,
                    i == 1 ? "الأسرة تتلقى دخلًا من عمل حر غير مذكور في الملف" : "المسكن مستأجر والأسرة تعتمد على دخل محدود",
                    null, "موظف الاستقبال (تجريبي)", drawing);
            SystemActor.supply(RESEARCHER, () -> visits.sign(visit.getId(), visit.getVersion(), report));
        }
        demo.at(demo.now());
        LocalDate today = LocalDate.ofInstant(demo.now(), clock.getZone());
        for (int n = 5; n < Math.min(7, awaiting.size()); n++) {
            long fileId = awaiting.get(n);
            SystemActor.supply("demo.reception", () -> visits.assign(fileId, Visit.VOLUNTEERS, today.plusDays(6),
                    "أسرة أرملة: يُفضَّل أن تزورها متطوعة"));
        }
    }

    /** A scribble as the signature pad sends it: a PNG data URL. */
    static String signature() {
        BufferedImage image = new BufferedImage(240, 90, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d, 0x3f, 0x6b));
        g.setStroke(new BasicStroke(3));
        g.drawPolyline(new int[] {20, 60, 90, 120, 160, 200, 220}, new int[] {60, 25, 70, 30, 65, 35, 55}, 7);
        g.dispose();
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

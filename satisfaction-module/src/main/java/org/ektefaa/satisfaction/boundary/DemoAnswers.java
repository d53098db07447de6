package org.ektefaa.satisfaction.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Random;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.satisfaction.boundary.Surveys;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.SurveyResponse;

/**
 * Demo answers to the invitations the demo requests produced, through the survey boundary: about 70 % answer,
 * mostly satisfied (a realistic, skewed distribution), a few anonymous, a few with a suggestion; low scores
 * open call-backs as in real use.
 */
@ApplicationScoped
public class DemoAnswers {

    @jakarta.persistence.PersistenceContext(unitName = "satisfaction")
    jakarta.persistence.EntityManager em;

    /** Between the demo's steps this module's persistence context is written and let go of (the load stays linear). */
    void settle(@jakarta.enterprise.event.Observes org.ektefaa.platform.api.DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    private static final String[] SUGGESTIONS = {"أتمنى إضافة مواعيد مسائية", "الموظفون متعاونون جدًا، شكرًا لكم",
        "نرجو تسريع الرد على الاتصالات", "خدمة ممتازة وسريعة", "توفير مواقف أكثر أمام الجمعية"};

    @Inject
    Surveys surveys;

    @Inject
    Invitations invitations;

    /** The newest invitation before the demo's requests made theirs (0 when there was none). */
    private long before;

    // before any module adds its demo data
    void first(@Observes @Priority(1) DemoDataRequested demo) {
        before = invitations.invitations(null, 0, 1).stream().mapToLong(Invitation::getId).findFirst().orElse(0);
    }

    void on(@Observes @Priority(2000) DemoDataRequested demo) {
        Random random = new Random(demo.seed() + 1);
        // only the demo's own invitations: the demo may load into a database in use, whose invitations are people's
        // (and the hourly timer, on the real clock, may expire them meanwhile). As stored, not as of the demo's
        // moving clock (which would call the older ones expired already)
        for (Invitation invitation : invitations.invitations(null, 0, 1000).stream()
                .filter(i -> i.getId() > before && i.getStatus() == InvitationStatus.SENT).toList()) {
            demo.settle();
            // seven in ten answer, within four days of the invitation
            java.time.Instant at = invitation.getCreatedAt().plus(java.time.Duration.ofMinutes(30 + random.nextInt(96 * 60)));
            if (random.nextInt(10) >= 7 || !demo.happened(at)) {
                continue;
            }
            demo.at(at);
            int overall = pick(random, new int[] {5, 5, 5, 5, 4, 4, 4, 3, 2, 1});
            int recommend = Math.max(0, Math.min(10, overall * 2 + random.nextInt(3) - 1));
            int effort = Math.max(1, Math.min(7, overall + 2 - random.nextInt(3)));
            surveys.answer(invitation.getId(), new SurveyResponse.Scores(overall, near(random, overall), near(random, overall),
                    near(random, overall), effort, recommend),
                    random.nextInt(4) == 0 ? SUGGESTIONS[random.nextInt(SUGGESTIONS.length)] : null, random.nextInt(10) == 0);
        }
    }

    private static int pick(Random random, int[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int near(Random random, int score) {
        return Math.max(1, Math.min(5, score + random.nextInt(3) - 1));
    }
}

package org.ektefaa.satisfaction.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.Question;
import org.ektefaa.satisfaction.entity.SurveyQuestion;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.ektefaa.satisfaction.entity.SurveyTemplate;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction summaries against the module's own tables: a period of whole months is read from the monthly
 * rows and its other days from the daily rows, and both are kept by each answer as it is written and by a rebuild —
 * so a year gives what its days give.
 */
class DailyFiguresTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static ModuleDatabase database;
    private static SurveyTemplate template;
    private static int request = 1;

    private static Instant at(int month, int day) {
        return LocalDate.of(2025, month, day).atTime(11, 0).atZone(RIYADH).toInstant();
    }

    @BeforeAll
    static void summaries() {
        database = new ModuleDatabase("satisfaction", "sat", "summaries");
        database.inTransaction(em -> {
            template = new SurveyTemplate("MONTHS", new LocalizedName("عام", "General"), null, null,
                    List.of(new SurveyQuestion(1, Question.OVERALL, "الرضا", "Overall")), "quality", at(1, 1));
            em.persist(template);
        });
        // answers on 31 January, in February and on 1 March, written as the application writes them
        answer(at(1, 31), 5, ContactChannel.WEBSITE);
        answer(at(2, 10), 4, ContactChannel.WEBSITE);
        answer(at(2, 28), 1, ContactChannel.PHONE_CALL);
        answer(at(3, 1), 3, ContactChannel.WEBSITE);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static void answer(Instant on, int overall, ContactChannel channel) {
        database.inTransaction(em -> {
            DailyFigures daily = new DailyFigures(em, Clock.fixed(on, RIYADH));
            Invitation invitation = new Invitation(OneTimeLink.issue(on, Duration.ofDays(14)).link(),
                    em.merge(template), request, "1446-00000" + request, RequestType.SUPPORT, channel, null, "officer", "ar",
                    null, false, on);
            request++;
            em.persist(invitation);
            daily.invited(invitation);
            invitation.answered(on);
            SurveyResponse response = new SurveyResponse(invitation, new SurveyResponse.Scores(overall, null, null, null,
                    null, null), null, false, on);
            em.persist(response);
            daily.answered(invitation, response);
        });
    }

    private static Map<String, DailyFigures.Sums> sums(DailyFigures.Breakdown breakdown, LocalDate from, LocalDate until) {
        var em = database.entityManager();
        try {
            return new DailyFigures(em, Clock.fixed(at(6, 1), RIYADH)).sums(breakdown, from, until, null);
        } finally {
            em.close();
        }
    }

    @Test
    void wholeMonthsAndTheirEdgeDaysAddUpLikeTheDays() {
        // 31 January + all of February (a monthly row) + 1 March
        Map<String, DailyFigures.Sums> around = sums(DailyFigures.Breakdown.ALL, LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 3, 2));
        assertThat(around.get("").histogram(DailyFigures.Score.OVERALL))
                .containsExactlyInAnyOrderEntriesOf(Map.of(5, 1L, 4, 1L, 1, 1L, 3, 1L));
        assertThat(around.get("").invited()).isEqualTo(4);
        // February alone, a whole month; and February without its first day, days only
        assertThat(sums(DailyFigures.Breakdown.ALL, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)).get("")
                .histogram(DailyFigures.Score.OVERALL)).containsExactlyInAnyOrderEntriesOf(Map.of(4, 1L, 1, 1L));
        assertThat(sums(DailyFigures.Breakdown.ALL, LocalDate.of(2025, 2, 11), LocalDate.of(2025, 3, 1)).get("")
                .histogram(DailyFigures.Score.OVERALL)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1L));
        Map<String, DailyFigures.Sums> byChannel = sums(DailyFigures.Breakdown.CHANNEL, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1));
        assertThat(byChannel.get("WEBSITE").answered()).isEqualTo(3);
        assertThat(byChannel.get("PHONE_CALL").answered()).isEqualTo(1);
    }

    @Test
    void aRebuildGivesWhatTheAnswersKept() {
        Map<String, DailyFigures.Sums> kept = sums(DailyFigures.Breakdown.CHANNEL, LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 4, 1));
        database.inTransaction(em -> new DailyFigures(em, Clock.fixed(at(6, 1), RIYADH)).rebuild());
        assertThat(sums(DailyFigures.Breakdown.CHANNEL, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 4, 1)))
                .isEqualTo(kept);
    }
}

package org.ektefaa.satisfaction.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.satisfaction.api.Indicators;
import org.ektefaa.satisfaction.control.DailyFigures;
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
 * The satisfaction figures counted by the database from the module's own tables (the path taken before the daily
 * summaries are built, and for periods that are not whole days): grouped by channel, with the histograms of each
 * group and the response rate from the invitations; a period's edges exclude what lies outside them.
 */
class FiguresTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");
    private static ModuleDatabase database;

    @BeforeAll
    static void answers() {
        database = new ModuleDatabase("satisfaction", "sat", "figures");
        database.inTransaction(em -> {
            SurveyTemplate general = new SurveyTemplate("FIGURES", new LocalizedName("عام", "General"), null, null,
                    List.of(new SurveyQuestion(1, Question.OVERALL, "الرضا", "Overall"),
                            new SurveyQuestion(2, Question.RECOMMEND, "التوصية", "Recommend"),
                            new SurveyQuestion(3, Question.SPEED, "السرعة", "Speed")), "quality", T0);
            em.persist(general);
            // on the website: answered 5, 4 and 2, one invitation unanswered; by phone: answered 1; one answer after the period
            answered(em, general, ContactChannel.WEBSITE, 5, 9, 5);
            answered(em, general, ContactChannel.WEBSITE, 4, 10, 4);
            answered(em, general, ContactChannel.WEBSITE, 2, 3, 1);
            invited(em, general, ContactChannel.WEBSITE, T0);
            answered(em, general, ContactChannel.PHONE_CALL, 1, 0, 2);
            Invitation late = invited(em, general, ContactChannel.PHONE_CALL, T0.plus(Duration.ofDays(40)));
            em.persist(new SurveyResponse(late, new SurveyResponse.Scores(5, null, null, null, null, 10), null, false,
                    T0.plus(Duration.ofDays(40))));
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static int request = 1;

    private static Invitation invited(EntityManager em, SurveyTemplate template, ContactChannel channel, Instant at) {
        Invitation invitation = new Invitation(OneTimeLink.issue(at, Duration.ofDays(14)).link(), template, request,
                "1447-00000" + request, RequestType.SUPPORT, channel, "FOOD", "officer", "ar", null, false, at);
        request++;
        em.persist(invitation);
        return invitation;
    }

    private static void answered(EntityManager em, SurveyTemplate template, ContactChannel channel, int overall,
                                 int recommend, int speed) {
        Invitation invitation = invited(em, template, channel, T0);
        invitation.answered(T0.plusSeconds(600));
        em.persist(new SurveyResponse(invitation, new SurveyResponse.Scores(overall, speed, null, null, null, recommend),
                null, false, T0.plusSeconds(600)));
    }

    private <T> T withFigures(Function<Figures, T> use) {
        EntityManager em = database.entityManager();
        try {
            Figures figures = new Figures();
            figures.em = em;
            figures.clock = Clock.fixed(T0, RIYADH);
            figures.daily = new DailyFigures(em, figures.clock);
            return use.apply(figures);
        } finally {
            em.close();
        }
    }

    private static final Instant FROM = T0.minus(Duration.ofDays(1));
    private static final Instant TO = T0.plus(Duration.ofDays(30));

    @Test
    void eachChannelHasItsOwnHistogramsAndResponseRate() {
        Map<String, Figures.Row> rows = withFigures(f -> f.by(Figures.Dimension.CHANNEL, FROM, TO).stream()
                .collect(java.util.stream.Collectors.toMap(Figures.Row::key, r -> r)));
        assertThat(rows).containsOnlyKeys("WEBSITE", "PHONE_CALL");
        Figures.Row website = rows.get("WEBSITE");
        assertThat(website.csat()).isEqualTo(Indicators.csat(Map.of(5, 1L, 4, 1L, 2, 1L)));
        assertThat(website.nps()).isEqualTo(Indicators.nps(Map.of(9, 1L, 10, 1L, 3, 1L)));
        assertThat(website.responseRate()).as("3 of 4 invitations answered").isEqualTo(Indicators.responseRate(3, 4));
        assertThat(rows.get("PHONE_CALL").csat()).as("the answer after the period is not counted")
                .isEqualTo(Indicators.csat(Map.of(1, 1L)));
    }

    @Test
    void theDailySummariesGiveWholeDaysTheSameFiguresAsTheAnswers() {
        Figures.Overview scanned = withFigures(f -> f.overview(FROM, TO));
        database.inTransaction(em -> new DailyFigures(em, Clock.fixed(T0, RIYADH)).rebuild());
        Instant midnight = java.time.LocalDate.of(2026, 2, 28).atStartOfDay(RIYADH).toInstant();
        Instant monthEnd = java.time.LocalDate.of(2026, 3, 31).atStartOfDay(RIYADH).toInstant();
        Figures.Overview summed = withFigures(f -> f.overview(midnight, monthEnd));
        assertThat(summed).isEqualTo(scanned);
        assertThat(summed.all().answers()).isEqualTo(4);
    }

    @Test
    void theOverviewReadsEachServiceHistogram() {
        Figures.Overview overview = withFigures(f -> f.overview(FROM, TO));
        assertThat(overview.all().csat()).isEqualTo(Indicators.csat(Map.of(5, 1L, 4, 1L, 2, 1L, 1, 1L)));
        assertThat(overview.speed()).isEqualTo(Indicators.csat(Map.of(5, 1L, 4, 1L, 1, 1L, 2, 1L)));
        assertThat(overview.courtesy()).as("nobody was asked").isEqualTo(Indicators.Figure.NONE);
    }
}

package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.SystemActor;
import org.ektefaa.platform.control.Clocks;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.satisfaction.boundary.Figures;
import org.ektefaa.satisfaction.boundary.Figures.Dimension;
import org.ektefaa.satisfaction.boundary.Surveys;
import org.ektefaa.satisfaction.boundary.Invitations;
import org.ektefaa.satisfaction.control.DailyFigures;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily satisfaction summaries (issue #19) give exactly what counting the raw answers and invitations gives:
 * on generated invitations and answers around a month's and a quarter's end (the last instant of a day and the
 * first of the next), with answers that arrive days after their invitation (late events), anonymous answers,
 * follow-ups, no service and several employees; for every figure the indicators page, the policy page and an
 * employee's own figures read. And the rebuild from the raw rows gives the rows kept as events arrived.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class DailyFiguresIT {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** Far from what other tests write (their requests are dated today, the demo data the last months). */
    private static final LocalDate MONTH_END = LocalDate.of(2019, 3, 31);

    private static final List<String> STAFF = List.of("figures.amal", "figures.badr", "figures.huda");

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(DailyFiguresIT.class);
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
    Invitations invitationQueries;

    @Inject
    Figures figures;

    @Inject
    DailyFigures daily;

    @Inject
    Clocks clocks;

    @Inject
    jakarta.enterprise.inject.Instance<AssociationProfile> profiles;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Test
    void theSummariesGiveWhatCountingTheRawRowsGivesAndTheRebuildGivesWhatTheEventsKept() throws SQLException {
        generate();

        // the same figures, read once from the raw rows and once from the summaries
        List<Object> scanned;
        Timestamp built = builtAt();
        assertThat(built).as("the summaries were built at start-up").isNotNull();
        try {
            setBuiltAt(null);
            assertThat(daily.usable()).isFalse();
            scanned = everyFigure();
        } finally {
            setBuiltAt(built);
        }
        assertThat(daily.usable()).isTrue();
        List<Object> summed = everyFigure();
        assertThat(summed).hasSize(scanned.size());
        for (int i = 0; i < scanned.size(); i++) {
            assertThat(summed.get(i)).as("figure %d", i).isEqualTo(scanned.get(i));
        }
        assertThat(summed.toString()).as("the periods hold the generated answers").contains("n=");

        // every figure reads the summaries: rows added by hand on a day of March (and to March's monthly row, which
        // a period of whole months reads) change each March figure...
        List<Map<String, Object>> kept = daily.dump();
        for (String[] row : new String[][] {{"ALL", ""}, {"CHANNEL", "WEBSITE"}, {"TYPE", "INQUIRY"}, {"SERVICE", ""},
            {"STAFF", STAFF.get(0)}}) {
            for (String table : List.of("sat_daily_figures (on_day", "sat_monthly_figures (on_month")) {
                // in a slot of its own (the application writes slots 0 to 3), so that it never meets a kept row
                execute("insert into " + table + ", breakdown, group_key, slot, invited, answered, follow_ups, overall_5,"
                        + " recommend_10, effort_7, speed_5, courtesy_5, clarity_5) values ('2019-03-"
                        + (table.startsWith("sat_daily") ? "15" : "01") + "', '" + row[0] + "', '" + row[1]
                        + "', 9, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000)");
            }
        }
        List<Object> changed = everyFigure();
        // March: the overview, the three breakdowns, staff, follow-ups and the first employee's own figures
        for (int i = 0; i < 7; i++) {
            assertThat(changed.get(i)).as("March's figure %d reads the summaries", i).isNotEqualTo(summed.get(i));
        }
        assertThat(changed.get(changed.size() - 1)).as("the trend reads the summaries").isNotEqualTo(summed.get(summed.size() - 1));
        assertThat(changed.subList(changed.size() - 6, changed.size() - 1)).as("invitation tracking reads the summaries")
                .isNotEqualTo(summed.subList(summed.size() - 6, summed.size() - 1));
        // ...and the rebuild from the raw rows gives back exactly the rows kept as invitations and answers came
        daily.rebuild();
        assertThat(daily.dump()).isEqualTo(kept);
        assertThat(everyFigure()).isEqualTo(summed);
    }

    /** Every figure the screens read, for periods that start and end on the generated days' edges, in one list. */
    private List<Object> everyFigure() {
        List<Object> all = new ArrayList<>();
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 1)},
                new LocalDate[] {LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 1)},
                new LocalDate[] {LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 2)},
                new LocalDate[] {LocalDate.of(2019, 3, 30), LocalDate.of(2019, 4, 6)},
                new LocalDate[] {LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 1)});
        for (LocalDate[] period : periods) {
            Instant from = at(period[0]);
            Instant to = at(period[1]);
            all.add(figures.overview(from, to));
            for (Dimension dimension : List.of(Dimension.CHANNEL, Dimension.TYPE, Dimension.SERVICE)) {
                all.add(figures.by(dimension, from, to));
            }
            all.add(figures.byStaff(from, to));
            all.add(figures.followUps(from, to));
            for (String employee : STAFF) {
                all.add(SystemActor.supply(employee, () -> figures.mine(from, to)));
            }
        }
        // invitation tracking: how many invitations stand in each status, all history
        all.add(invitationQueries.countInvitations(null));
        for (org.ektefaa.satisfaction.entity.InvitationStatus status : org.ektefaa.satisfaction.entity.InvitationStatus.values()) {
            all.add(status + " " + invitationQueries.countInvitations(status));
        }
        // the twelve-month trend as it reads on the 3rd of April
        all.add(pinned(at(LocalDate.of(2019, 4, 3)).plusSeconds(3600), () -> figures.trend(12)));
        return all;
    }

    /**
     * Forty closed inquiries from the 29th of March to the 2nd of April 2019, half of them in the last and first
     * second of a day; seven in ten answered, some the same minute, some across midnight, some days later.
     */
    private void generate() {
        Random random = new Random(19);
        AssociationProfile profile = profiles.get();
        List<ContactChannel> channels = java.util.Arrays.stream(ContactChannel.values()).filter(profile::isEnabled).toList();
        assertThat(channels).as("an enabled channel").isNotEmpty();
        for (int n = 0; n < 40; n++) {
            int i = n;
            LocalDate day = MONTH_END.minusDays(2).plusDays(i % 5);
            Instant closedAt = switch (i % 4) {
                case 0 -> at(day.plusDays(1)).minusMillis(1);
                case 1 -> at(day);
                default -> at(day).plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
            };
            String employee = STAFF.get(i % STAFF.size());
            ContactChannel channel = channels.get(i % channels.size());
            long requestId = pinned(closedAt, () -> SystemActor.supply(employee, () -> {
                AidRequest request = requests.receive(new Requests.Intake(RequestType.INQUIRY, channel, null,
                        "ملخص يومي", "0551234" + String.format("%03d", i), "سؤال", "متى يبدأ التسجيل؟"));
                handling.answer(request.getId(), queries.find(request.getId()).orElseThrow().getVersion(), "يبدأ الأحد",
                        null, null);
                handling.close(request.getId(), queries.find(request.getId()).orElseThrow().getVersion());
                return request.getId();
            }));
            List<Invitation> invitations = invitationQueries.invitationsFor(requestId);
            assertThat(invitations).as("an invitation for request %d", requestId).hasSize(1);
            if (random.nextInt(10) >= 7) {
                continue;
            }
            Duration later = switch (i % 3) {
                case 0 -> Duration.ofMillis(2);
                case 1 -> Duration.ofHours(1 + random.nextInt(30));
                default -> Duration.ofDays(2 + random.nextInt(4));
            };
            int overall = 1 + random.nextInt(5);
            boolean anonymous = i % 7 == 3;
            SurveyResponse.Scores scores = new SurveyResponse.Scores(overall, i % 5 == 0 ? null : 1 + random.nextInt(5),
                    1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(7), random.nextInt(11));
            pinned(closedAt.plus(later), () -> surveys.answer(invitations.get(0).getId(), scores, null, anonymous));
        }
    }

    private <T> T pinned(Instant at, Supplier<T> work) {
        clocks.pin(at);
        try {
            return work.get();
        } finally {
            clocks.release();
        }
    }

    private static Instant at(LocalDate day) {
        return LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).atZone(RIYADH).toInstant();
    }

    private Timestamp builtAt() throws SQLException {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select built_at from sat_figures_state where id = 1")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private void setBuiltAt(Timestamp at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update sat_figures_state set built_at = ? where id = 1")) {
            update.setTimestamp(1, at);
            update.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.createStatement().executeUpdate(sql)).isEqualTo(1);
        }
    }
}

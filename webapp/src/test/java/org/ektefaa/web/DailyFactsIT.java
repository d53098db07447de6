package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.SystemActor;
import org.ektefaa.platform.control.Clocks;
import org.ektefaa.reporting.boundary.PolicyFigures;
import org.ektefaa.reporting.control.DailyFacts;
import org.ektefaa.reporting.control.Figures;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.Service;
import org.ektefaa.satisfaction.boundary.Surveys;
import org.ektefaa.satisfaction.boundary.Invitations;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.SurveyResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reporting module's daily summaries (issue #19) give exactly what counting its facts gives: requests received,
 * raised, decided within and after the 14 days, delivered and closed days after they came, inquiries answered days
 * later, survey invitations and answers, around a quarter's end (the last instant of a day and the first of the
 * next); for every figure the policy page and the reports read. And the rebuild from the facts gives the rows kept
 * as the events came.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class DailyFactsIT {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** A quarter's end, far from what other tests write. */
    private static final LocalDate QUARTER_END = LocalDate.of(2018, 6, 30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(DailyFactsIT.class);
    }

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    Decisions decisions;

    @Inject
    Surveys surveys;

    @Inject
    Invitations invitations;

    @Inject
    Figures figures;

    @Inject
    PolicyFigures policy;

    @Inject
    DailyFacts daily;

    @Inject
    Clocks clocks;

    @Inject
    jakarta.enterprise.inject.Instance<AssociationProfile> profiles;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Test
    void theSummariesGiveWhatCountingTheFactsGivesAndTheRebuildGivesWhatTheEventsKept() throws SQLException {
        generate();

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
        Period june = new Period(LocalDate.of(2018, 6, 1), QUARTER_END);
        assertThat(figures.received(june, "type").total()).as("the generated requests are in the period").isPositive();
        assertThat(figures.commitment(june).decided() + figures.commitment(new Period(QUARTER_END.plusDays(1),
                QUARTER_END.plusDays(40))).decided()).as("decisions were generated").isPositive();

        // every figure reads the summaries: rows added by hand on a day of June change each June figure...
        List<String> kept = daily.dump();
        String[][] rows = {{"RECEIVED_CHANNEL", "WEBSITE"}, {"RECEIVED_TYPE", "INQUIRY"}, {"DELIVERIES", ""}, {"CLOSED", ""},
            {"INQUIRY_CLOSED", "3"}, {"DECIDED", "2|true|true"}, {"INVITED", ""}, {"OVERALL", "5"}, {"SPEED", "5"},
            {"COURTESY", "5"}, {"CLARITY", "5"}, {"EFFORT", "7"}, {"RECOMMEND", "10"}, {"OVERALL_CHANNEL", "WEBSITE:5"},
            {"OVERALL_SERVICE", ":5"}};
        for (String[] row : rows) {
            execute("insert into rep_daily_figures (on_day, measure, group_key, n) values ('2018-06-15', '" + row[0] + "', '"
                    + row[1] + "', 1000) on duplicate key update n = n + 1000");
        }
        List<Object> changed = everyFigure();
        int perPeriod = summed.size() / 6;
        for (int i = 0; i < perPeriod; i++) {
            assertThat(changed.get(i)).as("June's figure %d reads the summaries", i).isNotEqualTo(summed.get(i));
        }
        // ...and the rebuild from the facts gives back exactly the rows kept as the events came
        daily.rebuild();
        assertThat(daily.dump()).isEqualTo(kept);
        assertThat(everyFigure()).isEqualTo(summed);
    }

    /** Every figure of the policy page and the reports' summaries, for periods on the generated days' edges. */
    private List<Object> everyFigure() {
        List<Object> all = new ArrayList<>();
        for (Period period : List.of(new Period(LocalDate.of(2018, 6, 1), QUARTER_END), new Period(QUARTER_END, QUARTER_END),
                new Period(QUARTER_END.plusDays(1), QUARTER_END.plusDays(1)), Period.quarterOf(QUARTER_END),
                Period.quarterOf(QUARTER_END.plusDays(1)), new Period(QUARTER_END.minusDays(5), QUARTER_END.plusDays(10)))) {
            all.add(figures.received(period, "channel").byKey());
            all.add(figures.received(period, "type").byKey());
            Figures.Commitment commitment = figures.commitment(period);
            all.add(List.of(commitment.decided(), commitment.met(), commitment.approved(), commitment.rejected(),
                    commitment.share(), String.valueOf(commitment.medianDays()), commitment.daysHistogram(),
                    commitment.worst()));
            all.add(figures.satisfaction(period));
            all.add(String.valueOf(figures.satisfaction(period))); // the order the reports print the rows in
            all.add(figures.closed(period));
            all.add(figures.invited(period));
            all.add(figures.inquiries(period));
            all.add(figures.deliveries(period));
            all.add(policy.clauses(period, "en"));
            all.add(policy.clauses(period, "ar"));
        }
        return all;
    }

    /**
     * Thirty requests from the 27th of June to the 1st of July 2018, a third of them in the last or first
     * millisecond of a day: support requests raised, decided 1 to 20 days later (some after the 14 days), approved
     * ones delivered and closed; inquiries answered and closed up to five days later, then evaluated days after that.
     */
    private void generate() {
        Random random = new Random(18);
        AssociationProfile profile = profiles.get();
        List<ContactChannel> channels = Arrays.stream(ContactChannel.values()).filter(profile::isEnabled).toList();
        List<Service> services = requests.services();
        assertThat(channels).isNotEmpty();
        assertThat(services).isNotEmpty();
        for (int n = 0; n < 30; n++) {
            int i = n;
            LocalDate day = QUARTER_END.minusDays(3).plusDays(i % 5);
            Instant received = switch (i % 3) {
                case 0 -> at(day.plusDays(1)).minusMillis(1);
                case 1 -> at(day);
                default -> at(day).plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
            };
            ContactChannel channel = channels.get(i % channels.size());
            boolean support = i % 2 == 0;
            String service = services.get(i % services.size()).getCode();
            long id = pinned(received, () -> requests.receive(new Requests.Intake(support ? RequestType.SUPPORT
                    : RequestType.INQUIRY, channel, null, "ملخص التقارير", "0559876" + String.format("%03d", i), "طلب",
                    null, support ? service : null)).getId());
            Instant later = received.plus(Duration.ofDays(support ? 1 + random.nextInt(20) : random.nextInt(6)))
                    .plus(Duration.ofMillis(random.nextInt(2) == 0 ? 1 : 3_600_000));
            if (support) {
                pinned(received, () -> {
                    handling.raise(id, version(id));
                    return null;
                });
                if (i % 6 == 4) {
                    continue; // left waiting for a decision
                }
                boolean approve = i % 4 == 0;
                pinned(later, () -> {
                    if (approve) {
                        decisions.approve(id, version(id), null);
                        handling.deliver(id, version(id), new BigDecimal("100"), LocalDate.ofInstant(later, RIYADH), null);
                    } else {
                        decisions.reject(id, version(id), "not eligible");
                    }
                    return null;
                });
                if (approve) {
                    Instant delivered = later.plus(Duration.ofDays(2));
                    pinned(delivered, () -> {
                        handling.deliver(id, version(id), new BigDecimal("50"), LocalDate.ofInstant(delivered, RIYADH), null);
                        handling.completeService(id, version(id));
                        handling.close(id, version(id));
                        return null;
                    });
                }
            } else if (i % 5 != 3) {
                pinned(later, () -> {
                    handling.answer(id, version(id), "الجواب", null, null);
                    handling.close(id, version(id));
                    return null;
                });
            }
            for (Invitation invitation : invitations.invitationsFor(id)) {
                if (random.nextInt(10) < 7) {
                    int overall = 1 + random.nextInt(5);
                    SurveyResponse.Scores scores = new SurveyResponse.Scores(overall, 1 + random.nextInt(5),
                            i % 4 == 0 ? null : 1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(7),
                            random.nextInt(11));
                    pinned(invitation.getCreatedAt().plus(Duration.ofHours(1 + random.nextInt(60))),
                            () -> surveys.answer(invitation.getId(), scores, null, i % 7 == 1));
                }
            }
        }
    }

    private long version(long id) {
        return queries.find(id).map(AidRequest::getVersion).orElseThrow();
    }

    private <T> T pinned(Instant at, Supplier<T> work) {
        clocks.pin(at);
        try {
            return SystemActor.supply("reports.officer", work);
        } finally {
            clocks.release();
        }
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay(RIYADH).toInstant();
    }

    private Timestamp builtAt() throws SQLException {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select built_at from rep_figures_state where id = 1")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private void setBuiltAt(Timestamp at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update rep_figures_state set built_at = ? where id = 1")) {
            update.setTimestamp(1, at);
            update.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.createStatement().executeUpdate(sql)).isPositive();
        }
    }
}

package org.ektefaa.satisfaction.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ektefaa.satisfaction.control.DailyFigures;
import org.ektefaa.satisfaction.control.DailyFigures.Score;
import org.ektefaa.satisfaction.api.Indicators;
import org.ektefaa.satisfaction.api.Indicators.Figure;
import org.ektefaa.satisfaction.entity.InvitationStatus;

/**
 * The satisfaction indicators for a period (policy §3.5), overall and by channel, request type, service or
 * staff member, each with its sample size; computed from grouped counts, never from rows one by one.
 * Staff results are shown only for groups of at least the configured minimum of answers, and each employee
 * sees only their own (policy §3.6: a tool for improvement, not for punishment).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Figures {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** What the figures can be broken down by; the names are the entities' field names. */
    public enum Dimension {
        CHANNEL("channel"), TYPE("requestType"), SERVICE("serviceCode"), STAFF("servedBy");

        private final String field;

        Dimension(String field) {
            this.field = field;
        }
    }

    /** The figures of one group; {@code key} is the channel, type, service code or user name (null: none given). */
    public record Row(String key, Figure csat, Figure nps, Figure ces, Figure responseRate) implements java.io.Serializable {

        public long answers() {
            return csat.n();
        }
    }

    /** The whole period: the four indicators and CSAT of each dimension of the service. */
    public record Overview(Row all, Figure speed, Figure courtesy, Figure clarity) implements java.io.Serializable {
    }

    /** Staff rows shown, and how many staff members had too few answers to be shown. */
    public record StaffRows(List<Row> shown, int hidden, int minimum) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;


    @Inject
    SurveyTemplates surveyTemplates;

    @Inject
    DailyFigures daily;

    /** One month of the trend. */
    public record Month(java.time.YearMonth month, Row row) {
    }

    @Inject
    java.time.Clock clock;

    /** The last {@code months} calendar months, this one included, oldest first. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Month> trend(int months) {
        java.time.YearMonth now = java.time.YearMonth.now(clock);
        List<Month> trend = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            java.time.YearMonth month = now.minusMonths(i);
            Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
            // the month's four indicators only: the three service histograms of overview() are not shown in the trend
            trend.add(new Month(month, rows(null, from, to).getOrDefault("", empty(""))));
        }
        return trend;
    }

    /** How many low scores opened a follow-up request in the period (service recovery, policy §3.7). */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long followUps(Instant from, Instant to) {
        Optional<Map<String, DailyFigures.Sums>> sums = summed(null, from, to, null);
        if (sums.isPresent()) {
            DailyFigures.Sums all = sums.get().get("");
            return all == null ? 0 : all.followUps();
        }
        return em.createQuery("select count(r) from SurveyResponse r where r.followUp = true and r.answeredAt >= :from"
                + " and r.answeredAt < :to", Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Overview overview(Instant from, Instant to) {
        Optional<Map<String, DailyFigures.Sums>> sums = summed(null, from, to, null);
        if (sums.isPresent()) {
            DailyFigures.Sums all = sums.get().getOrDefault("", NOTHING);
            return new Overview(row("", all), Indicators.csat(all.histogram(Score.SPEED)),
                    Indicators.csat(all.histogram(Score.COURTESY)), Indicators.csat(all.histogram(Score.CLARITY)));
        }
        Row all = rows(null, from, to).getOrDefault("", empty(""));
        return new Overview(all, Indicators.csat(histogram("speed", from, to)),
                Indicators.csat(histogram("courtesy", from, to)), Indicators.csat(histogram("clarity", from, to)));
    }

    /** One row per channel, type or service; staff through {@link #byStaff} only. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Row> by(Dimension dimension, Instant from, Instant to) {
        if (dimension == Dimension.STAFF) {
            throw new IllegalArgumentException("staff figures only through byStaff");
        }
        return new ArrayList<>(rows(dimension, from, to).values());
    }

    /** Staff members with at least the minimum number of answers; the rest are counted, not shown. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public StaffRows byStaff(Instant from, Instant to) {
        int minimum = surveyTemplates.settings().getMinGroupSize();
        List<Row> shown = new ArrayList<>();
        int hidden = 0;
        for (Row row : rows(Dimension.STAFF, from, to).values()) {
            if (row.key() == null) {
                continue;
            }
            if (row.answers() >= minimum) {
                shown.add(row);
            } else {
                hidden++;
            }
        }
        return new StaffRows(shown, hidden, minimum);
    }

    /** An employee's own figures, only once they have the minimum number of answers. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public java.util.Optional<Row> mine(Instant from, Instant to) {
        String username = caller.name();
        int minimum = surveyTemplates.settings().getMinGroupSize();
        // only this employee's answers and invitations of the period (an index on served_by, then the time)
        Row row = rows(Dimension.STAFF, from, to, username).get(username);
        return row != null && row.answers() >= minimum ? java.util.Optional.of(row) : java.util.Optional.empty();
    }

    // Groups the answers by (key, overall, recommend, effort) in one query and the invitations by (key, status)
    // in another; the histograms of each key are then read off the counts.
    private Map<String, Row> rows(Dimension dimension, Instant from, Instant to) {
        return rows(dimension, from, to, null);
    }

    // {@code only}: the one key of the dimension to count (an employee's own figures), or null for every key.
    // Read from the daily summaries when the period is whole days; otherwise (or before the summaries are built)
    // from the raw rows.
    private Map<String, Row> rows(Dimension dimension, Instant from, Instant to, String only) {
        Optional<Map<String, DailyFigures.Sums>> sums = summed(dimension, from, to, only);
        if (sums.isPresent()) {
            Map<String, Row> rows = new LinkedHashMap<>();
            sums.get().forEach((k, s) -> {
                if (s.shows()) {
                    rows.put(k, row(k, s));
                }
            });
            return rows;
        }
        return scanned(dimension, from, to, only);
    }

    private static final DailyFigures.Sums NOTHING = new DailyFigures.Sums(0, 0, 0, Map.of());

    /** The sums of the period's days, when both ends are local midnights and the summaries are built. */
    private Optional<Map<String, DailyFigures.Sums>> summed(Dimension dimension, Instant from, Instant to, String only) {
        Optional<java.time.LocalDate> first = daily.midnight(from);
        Optional<java.time.LocalDate> until = daily.midnight(to);
        if (first.isEmpty() || until.isEmpty() || !daily.usable()) {
            return Optional.empty();
        }
        return Optional.of(daily.sums(dimension == null ? DailyFigures.Breakdown.ALL
                : DailyFigures.Breakdown.valueOf(dimension.name()), first.get(), until.get(), only));
    }

    private static Row row(String key, DailyFigures.Sums sums) {
        return new Row(key, Indicators.csat(sums.histogram(Score.OVERALL)), Indicators.nps(sums.histogram(Score.RECOMMEND)),
                Indicators.mean(sums.histogram(Score.EFFORT)), Indicators.responseRate(sums.answered(), sums.invited()));
    }

    // The same figures counted over the raw answers and invitations of the period (through covering indexes).
    private Map<String, Row> scanned(Dimension dimension, Instant from, Instant to, String only) {
        String key = dimension == null ? "" : "r." + dimension.field + ", ";
        String rOnly = only == null ? "" : " and r." + dimension.field + " = :only";
        String iOnly = only == null ? "" : " and i." + dimension.field + " = :only";
        Map<String, Map<Integer, Long>> overall = new HashMap<>();
        Map<String, Map<Integer, Long>> recommend = new HashMap<>();
        Map<String, Map<Integer, Long>> effort = new HashMap<>();
        jakarta.persistence.TypedQuery<Object[]> answerQuery = em.createQuery("select " + key
                        + "r.overall, r.recommend, r.effort, count(r) from SurveyResponse r where r.answeredAt >= :from"
                        + " and r.answeredAt < :to" + rOnly + " group by " + key + "r.overall, r.recommend, r.effort",
                Object[].class).setParameter("from", from).setParameter("to", to);
        if (only != null) {
            answerQuery.setParameter("only", only);
        }
        List<Object[]> answers = answerQuery.getResultList();
        int shift = dimension == null ? 0 : 1;
        for (Object[] row : answers) {
            String k = dimension == null ? "" : keyOf(row[0]);
            long n = ((Number) row[shift + 3]).longValue();
            add(overall, k, row[shift], n);
            add(recommend, k, row[shift + 1], n);
            add(effort, k, row[shift + 2], n);
        }
        String iKey = dimension == null ? "" : "i." + dimension.field + ", ";
        Map<String, long[]> invited = new HashMap<>();
        jakarta.persistence.TypedQuery<Object[]> invitationQuery = em.createQuery("select " + iKey
                        + "i.status, count(i) from Invitation i where i.createdAt >= :from and i.createdAt < :to" + iOnly
                        + " group by " + iKey + "i.status", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (only != null) {
            invitationQuery.setParameter("only", only);
        }
        invitationQuery.getResultList()
                .forEach(row -> {
                    String k = dimension == null ? "" : keyOf(row[0]);
                    long[] counts = invited.computeIfAbsent(k, x -> new long[2]);
                    long n = ((Number) row[shift + 1]).longValue();
                    counts[0] += n;
                    if (row[shift] == InvitationStatus.ANSWERED) {
                        counts[1] += n;
                    }
                });
        Map<String, Row> rows = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        keys.addAll(overall.keySet());
        keys.addAll(invited.keySet());
        for (String k : keys) {
            long[] inv = invited.getOrDefault(k, new long[2]);
            rows.put(k, new Row(k, Indicators.csat(overall.getOrDefault(k, Map.of())),
                    Indicators.nps(recommend.getOrDefault(k, Map.of())), Indicators.mean(effort.getOrDefault(k, Map.of())),
                    Indicators.responseRate(inv[1], inv[0])));
        }
        return rows;
    }

    private Map<Integer, Long> histogram(String field, Instant from, Instant to) {
        Map<Integer, Long> counts = new HashMap<>();
        em.createQuery("select r." + field + ", count(r) from SurveyResponse r where r.answeredAt >= :from"
                        + " and r.answeredAt < :to and r." + field + " is not null group by r." + field, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    private static void add(Map<String, Map<Integer, Long>> histograms, String key, Object score, long n) {
        if (score != null) {
            histograms.computeIfAbsent(key, k -> new HashMap<>()).merge(((Number) score).intValue(), n, Long::sum);
        }
    }

    private static String keyOf(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : Objects.toString(value);
    }

    private static Row empty(String key) {
        return new Row(key, Figure.NONE, Figure.NONE, Figure.NONE, Figure.NONE);
    }
}

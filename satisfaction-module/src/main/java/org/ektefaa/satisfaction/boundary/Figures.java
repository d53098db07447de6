package org.ektefaa.satisfaction.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
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
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.SurveyResponse;

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

    /** How many answers gave these three scores, under one key of the breakdown ("" without one). */
    private record AnswerCount(String key, Integer overall, Integer recommend, Integer effort, long n) {
    }

    /** How many invitations of one status, under one key of the breakdown. */
    private record InvitationCount(String key, InvitationStatus status, long n) {
    }

    /** The answers of the period, counted by their scores and the breakdown's key (through covering indexes). */
    private List<AnswerCount> answerCounts(Dimension dimension, Instant from, Instant to, String only) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<SurveyResponse> r = query.from(SurveyResponse.class);
        List<Expression<?>> groups = new ArrayList<>();
        if (dimension != null) {
            groups.add(r.get(dimension.field));
        }
        groups.addAll(List.of(r.get("overall"), r.get("recommend"), r.get("effort")));
        List<Selection<?>> selected = new ArrayList<>(groups);
        selected.add(cb.count(r));
        query.multiselect(selected).where(period(cb, r.get("answeredAt"), from, to, dimension, r, only)).groupBy(groups);
        int shift = dimension == null ? 0 : 1;
        return em.createQuery(query).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(t -> new AnswerCount(dimension == null ? "" : keyOf(t.get(0)), t.get(shift, Integer.class),
                        t.get(shift + 1, Integer.class), t.get(shift + 2, Integer.class), t.get(shift + 3, Long.class)))
                .toList();
    }

    /** The invitations of the period, counted by status and the breakdown's key. */
    private List<InvitationCount> invitationCounts(Dimension dimension, Instant from, Instant to, String only) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Invitation> i = query.from(Invitation.class);
        List<Expression<?>> groups = new ArrayList<>();
        if (dimension != null) {
            groups.add(i.get(dimension.field));
        }
        groups.add(i.get("status"));
        List<Selection<?>> selected = new ArrayList<>(groups);
        selected.add(cb.count(i));
        query.multiselect(selected).where(period(cb, i.get("createdAt"), from, to, dimension, i, only)).groupBy(groups);
        int shift = dimension == null ? 0 : 1;
        return em.createQuery(query).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(t -> new InvitationCount(dimension == null ? "" : keyOf(t.get(0)),
                        t.get(shift, InvitationStatus.class), t.get(shift + 1, Long.class)))
                .toList();
    }

    /** {@code from <= at < to}, and the breakdown's key equal to {@code only} when one is asked for. */
    private static Predicate[] period(CriteriaBuilder cb, Path<Instant> at, Instant from, Instant to, Dimension dimension,
                                      Root<?> root, String only) {
        List<Predicate> where = new ArrayList<>(List.of(
                cb.greaterThanOrEqualTo(at, cb.parameter(Instant.class, "from")),
                cb.lessThan(at, cb.parameter(Instant.class, "to"))));
        if (only != null && dimension != null) {
            Path<Object> key = root.get(dimension.field);
            Class<?> type = key.getJavaType();
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object value = type.isEnum() ? Enum.valueOf((Class) type, only) : only;
            where.add(cb.equal(key, value));
        }
        return where.toArray(Predicate[]::new);
    }

    // The same figures counted over the raw answers and invitations of the period.
    private Map<String, Row> scanned(Dimension dimension, Instant from, Instant to, String only) {
        Map<String, Map<Integer, Long>> overall = new HashMap<>();
        Map<String, Map<Integer, Long>> recommend = new HashMap<>();
        Map<String, Map<Integer, Long>> effort = new HashMap<>();
        for (AnswerCount count : answerCounts(dimension, from, to, only)) {
            add(overall, count.key(), count.overall(), count.n());
            add(recommend, count.key(), count.recommend(), count.n());
            add(effort, count.key(), count.effort(), count.n());
        }
        Map<String, long[]> invited = new HashMap<>();
        for (InvitationCount count : invitationCounts(dimension, from, to, only)) {
            long[] counts = invited.computeIfAbsent(count.key(), x -> new long[2]);
            counts[0] += count.n();
            if (count.status() == InvitationStatus.ANSWERED) {
                counts[1] += count.n();
            }
        }
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

    /** How many answers of the period gave each score of {@code field} (speed, courtesy, clarity). */
    private Map<Integer, Long> histogram(String field, Instant from, Instant to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<SurveyResponse> r = query.from(SurveyResponse.class);
        Path<Integer> score = r.get(field);
        Predicate[] where = period(cb, r.get("answeredAt"), from, to, null, r, null);
        query.multiselect(score, cb.count(r)).where(cb.and(cb.and(where), cb.isNotNull(score))).groupBy(score);
        Map<Integer, Long> counts = new HashMap<>();
        em.createQuery(query).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(t -> counts.put(t.get(0, Integer.class), t.get(1, Long.class)));
        return counts;
    }

    private static void add(Map<String, Map<Integer, Long>> histograms, String key, Integer score, long n) {
        if (score != null) {
            histograms.computeIfAbsent(key, k -> new HashMap<>()).merge(score, n, Long::sum);
        }
    }

    private static String keyOf(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : Objects.toString(value);
    }

    private static Row empty(String key) {
        return new Row(key, Figure.NONE, Figure.NONE, Figure.NONE, Figure.NONE);
    }
}

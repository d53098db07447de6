package org.ektefaa.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ektefaa.reporting.entity.DailyCounts;
import org.ektefaa.reporting.entity.RequestFact;
import org.ektefaa.reporting.entity.SurveyFact;
import org.ektefaa.satisfaction.api.Indicators;
import org.ektefaa.satisfaction.api.Indicators.Figure;

/**
 * The numbers behind the reports, computed from the module's own facts with grouped queries (one row per
 * group, never one per request), so that a quarter of a large association is summed by the database; the counts
 * the policy page and the reports' summaries need are read from the daily summaries ({@link DailyFacts}) once built.
 */
@ApplicationScoped
public class Figures {

    /** Counts per key (a channel, a type, a service), in the order the database gave them. */
    public record Counts(Map<String, Long> byKey) {

        public long total() {
            return byKey.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The 14-day commitment (policy §5.4) for decisions taken in a period. */
    public record Commitment(long decided, long met, long approved, long rejected, Figure share, BigDecimal medianDays,
                             Map<Integer, Long> daysHistogram, List<Late> worst) {
    }

    /** A decision that missed the 14 days: the request, the days it took, the day it was due. */
    public record Late(String trackingNumber, Integer days, java.time.LocalDate dueDate) {
    }

    // The rows of the grouped queries ("select new": public, boxed, as the persistence provider builds them).

    /** Decisions of one kind: the days taken, whether in time, whether approved, how many. */
    public record Decided(Integer days, Boolean met, Boolean approved, Long n) {
    }

    /** Volunteers who logged hours, the hours, the opportunities they served. */
    public record HoursTotals(Long volunteers, BigDecimal hours, Long opportunities) {
    }

    /** Complaints of one theme, upheld or not, how many. */
    public record ThemeCount(String theme, Boolean upheld, Long n) {
    }

    /** Suggestions of one status and set of tags, how many. */
    public record SuggestionCount(String status, String tags, Long n) {
    }

    /** When an inquiry was received and, if it was, closed. */
    public record Span(Instant receivedAt, Instant closedAt) {
    }

    /** Inquiries received in a period, how many of them were answered and closed, and the median days it took. */
    public record Inquiries(long received, long closed, BigDecimal medianDays) {
    }

    /** The satisfaction indicators of a period. */
    public record Satisfaction(Figure csat, Figure speed, Figure courtesy, Figure clarity, Figure nps, Figure ces,
                               Figure responseRate, Map<String, Figure> csatByChannel, Map<String, Figure> csatByService,
                               Figure dissatisfied, long answered, long invited) {
    }

    /** Volunteering in a period. */
    public record Volunteering(long activeVolunteers, BigDecimal hours, long opportunities, long registered, long approved) {
    }

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DailyFacts daily;

    /** Whether to read the daily summaries (once they are built) rather than count the facts. */
    private boolean summed() {
        return daily.usable();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Counts received(Period period, String dimension) {
        if (("channel".equals(dimension) || "type".equals(dimension)) && summed()) {
            return new Counts(daily.sums("channel".equals(dimension) ? DailyCounts.RECEIVED_CHANNEL : DailyCounts.RECEIVED_TYPE,
                    period));
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<RequestFact> r = query.from(RequestFact.class);
        Path<Object> key = r.get(dimension);
        query.multiselect(key, cb.count(r)).where(within(cb, r.get("receivedAt"))).groupBy(key)
                .orderBy(cb.desc(cb.count(r)));
        Map<String, Long> counts = new LinkedHashMap<>();
        inPeriod(em.createQuery(query), period).getResultList()
                .forEach(t -> counts.put(t.get(0) == null ? "" : t.get(0).toString(), t.get(1, Long.class)));
        return new Counts(counts);
    }

    /**
     * Requests open at the end of the period: received and not finished by then (a registration is finished once
     * decided, any other request once closed), as the dashboard counts the open requests today.
     */
    public long backlogAt(Period period) {
        Instant to = period.until(zone());
        return em.createQuery("select count(r) from RequestFact r where r.receivedAt < :to and (r.finishedAt is null"
                + " or r.finishedAt >= :to)", Long.class).setParameter("to", to).getSingleResult();
    }

    /** Requests raised for decision, undecided at the end of the period and past their due date. */
    public long overdueAt(Period period) {
        Instant to = period.until(zone());
        return em.createQuery("select count(r) from RequestFact r where r.raisedAt < :to and (r.decidedAt is null"
                        + " or r.decidedAt >= :to) and r.dueDate < :end", Long.class)
                .setParameter("to", to).setParameter("end", period.end().plusDays(1)).getSingleResult();
    }

    public Commitment commitment(Period period) {
        Map<Integer, Long> histogram = new TreeMap<>();
        long decided = 0;
        long met = 0;
        long approved = 0;
        List<Decided> groups;
        if (summed()) {
            // key "days|met|approved", as RequestFact counts its decision
            groups = daily.sums(DailyCounts.DECIDED, period).entrySet().stream().map(e -> {
                String[] parts = e.getKey().split("\\|");
                return new Decided("null".equals(parts[0]) ? null : Integer.valueOf(parts[0]),
                        "null".equals(parts[1]) ? null : Boolean.valueOf(parts[1]),
                        "null".equals(parts[2]) ? null : Boolean.valueOf(parts[2]), e.getValue());
            }).toList();
        } else {
            groups = em.createQuery("select new " + row(Decided.class) + "(r.daysToDecision, r.metDeadline, r.approved,"
                            + " count(r)) from RequestFact r where r.decidedAt >= :from and r.decidedAt < :to"
                            + " group by r.daysToDecision, r.metDeadline, r.approved", Decided.class)
                    .setParameter("from", period.from(zone())).setParameter("to", period.until(zone())).getResultList();
        }
        for (Decided group : groups) {
            decided += group.n();
            if (Boolean.TRUE.equals(group.met())) {
                met += group.n();
            }
            if (Boolean.TRUE.equals(group.approved())) {
                approved += group.n();
            }
            if (group.days() != null) {
                histogram.merge(group.days(), group.n(), Long::sum);
            }
        }
        List<Late> worst = em.createQuery("select new " + row(Late.class) + "(r.trackingNumber,"
                        + " r.daysToDecision, r.dueDate) from RequestFact r"
                        + " where r.decidedAt >= :from and r.decidedAt < :to and r.metDeadline = false"
                        + " order by r.daysToDecision desc", Late.class)
                .setParameter("from", period.from(zone())).setParameter("to", period.until(zone()))
                .setMaxResults(5).getResultList();
        return new Commitment(decided, met, approved, decided - approved, Indicators.responseRate(met, decided),
                median(histogram), histogram, worst);
    }

    public Satisfaction satisfaction(Period period) {
        Map<String, Figure> byChannel = new LinkedHashMap<>();
        grouped("channel", period).forEach((k, h) -> byChannel.put(k, Indicators.csat(h)));
        Map<String, Figure> byService = new LinkedHashMap<>();
        grouped("serviceCode", period).forEach((k, h) -> byService.put(k, Indicators.csat(h)));
        long invited = invited(period);
        Map<Integer, Long> overall = histogram("overall", period);
        long answered = overall.values().stream().mapToLong(Long::longValue).sum();
        return new Satisfaction(Indicators.csat(overall), Indicators.csat(histogram("speed", period)),
                Indicators.csat(histogram("courtesy", period)), Indicators.csat(histogram("clarity", period)),
                Indicators.nps(histogram("recommend", period)), Indicators.mean(histogram("effort", period)),
                Indicators.responseRate(Math.min(answered, invited), invited), byChannel, byService,
                Indicators.dissatisfied(overall), answered, invited);
    }

    public Volunteering volunteering(Period period) {
        HoursTotals totals = em.createQuery("select new " + row(HoursTotals.class) + "(count(distinct h.volunteerId),"
                        + " sum(h.hours), count(distinct h.opportunityId))"
                        + " from HoursFact h where h.workedOn >= :from and h.workedOn <= :to", HoursTotals.class)
                .setParameter("from", period.start()).setParameter("to", period.end()).getSingleResult();
        long registered = em.createQuery("select count(v) from VolunteerFact v where v.registeredAt >= :from"
                + " and v.registeredAt < :to", Long.class).setParameter("from", period.from(zone()))
                .setParameter("to", period.until(zone())).getSingleResult();
        long approved = em.createQuery("select count(v) from VolunteerFact v where v.approvedAt >= :from"
                + " and v.approvedAt < :to", Long.class).setParameter("from", period.from(zone()))
                .setParameter("to", period.until(zone())).getSingleResult();
        return new Volunteering(totals.volunteers(), totals.hours() == null ? BigDecimal.ZERO : totals.hours(),
                totals.opportunities(), registered, approved);
    }

    /**
     * Eligibility in a period (issue #26): the outcomes of the files assessed on submission, the renewals, the
     * decisions taken against an assessment (approved though not eligible; refused though eligible), the home visits
     * signed and those late at the period's end (or now, while it runs), and the need profile — the bands of each
     * category's files as last assessed in the period.
     */
    public record Eligibility(Map<String, Long> outcomes, long renewed, long approvedAgainst, long refusedAgainst,
                              long visitsDone, long visitsLate, Map<String, Map<String, Long>> bands) {
        public long assessed() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Eligibility eligibility(Period period) {
        Instant from = period.from(zone());
        Instant until = period.until(zone());
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select a.outcome, count(a) from AssessmentFact a where a.madeFor = 'SUBMITTED'"
                        + " and a.madeAt >= :from and a.madeAt < :to group by a.outcome", Object[].class)
                .setParameter("from", from).setParameter("to", until).getResultList()) {
            outcomes.put((String) row[0], ((Number) row[1]).longValue());
        }
        long renewed = em.createQuery("select count(a) from AssessmentFact a where a.madeFor = 'RENEWAL'"
                        + " and a.madeAt >= :from and a.madeAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", until).getSingleResult();
        long approvedAgainst = 0;
        long refusedAgainst = 0;
        for (Object[] row : em.createQuery("select o.approved, count(o) from OverrideFact o where o.decidedAt >= :from"
                        + " and o.decidedAt < :to group by o.approved", Object[].class)
                .setParameter("from", from).setParameter("to", until).getResultList()) {
            if (Boolean.TRUE.equals(row[0])) {
                approvedAgainst = ((Number) row[1]).longValue();
            } else {
                refusedAgainst = ((Number) row[1]).longValue();
            }
        }
        long done = em.createQuery("select count(v) from VisitFact v where v.status = 'DONE' and v.closedAt >= :from"
                        + " and v.closedAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", until).getSingleResult();
        Instant asOf = until.isBefore(clock.instant()) ? until : clock.instant();
        java.time.LocalDate day = java.time.LocalDate.ofInstant(asOf, zone());
        long late = em.createQuery("select count(v) from VisitFact v where v.dueOn < :day and v.assignedAt < :asOf"
                        + " and (v.closedAt is null or v.closedAt >= :asOf)", Long.class)
                .setParameter("day", day).setParameter("asOf", asOf).getSingleResult();
        Map<String, Map<String, Long>> bands = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select a.categoryCode, a.band, count(a) from AssessmentFact a"
                        + " where a.madeAt >= :from and a.madeAt < :to and a.assessmentId = (select max(b.assessmentId)"
                        + " from AssessmentFact b where b.fileId = a.fileId and b.madeAt >= :from and b.madeAt < :to)"
                        + " group by a.categoryCode, a.band", Object[].class)
                .setParameter("from", from).setParameter("to", until).getResultList()) {
            bands.computeIfAbsent(row[0] == null ? "" : (String) row[0], k -> new java.util.TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return new Eligibility(outcomes, renewed, approvedAgainst, refusedAgainst, done, late, bands);
    }

    public long beneficiariesRegistered(Period period) {
        return em.createQuery("select count(b) from BeneficiaryFact b where b.registeredAt >= :from and b.registeredAt < :to",
                Long.class).setParameter("from", period.from(zone())).setParameter("to", period.until(zone())).getSingleResult();
    }

    /** Requests of one type received in the period and, of them, closed by its end. */
    public long[] receivedAndClosed(Period period, org.ektefaa.requests.api.RequestType type) {
        // two counts rather than SUM(CASE ...): the embedded H2 cannot type a CASE of bound literals
        String received = "select count(r) from RequestFact r where r.type = :type and r.receivedAt >= :from and r.receivedAt < :to";
        long all = em.createQuery(received, Long.class).setParameter("type", type).setParameter("from", period.from(zone()))
                .setParameter("to", period.until(zone())).getSingleResult();
        long closed = em.createQuery(received + " and r.closedAt is not null and r.closedAt < :to", Long.class)
                .setParameter("type", type).setParameter("from", period.from(zone())).setParameter("to", period.until(zone()))
                .getSingleResult();
        return new long[] {all, closed};
    }

    /** Complaints received in the period and resolved, per theme: how many, and how many of them were upheld. */
    public record ComplaintTheme(String code, long resolved, long upheld) {
    }

    public List<ComplaintTheme> complaintThemes(Period period) {
        Map<String, long[]> byTheme = new TreeMap<>();
        for (ThemeCount row : em.createQuery("select new " + row(ThemeCount.class) + "(r.complaintTheme, r.complaintUpheld,"
                        + " count(r)) from RequestFact r where r.type = :type and r.receivedAt >= :from"
                        + " and r.receivedAt < :to and r.complaintTheme is not null"
                        + " group by r.complaintTheme, r.complaintUpheld", ThemeCount.class)
                .setParameter("type", org.ektefaa.requests.api.RequestType.COMPLAINT)
                .setParameter("from", period.from(zone())).setParameter("to", period.until(zone())).getResultList()) {
            long[] counts = byTheme.computeIfAbsent(row.theme(), k -> new long[2]);
            counts[0] += row.n();
            if (Boolean.TRUE.equals(row.upheld())) {
                counts[1] += row.n();
            }
        }
        return byTheme.entrySet().stream().map(e -> new ComplaintTheme(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong(ComplaintTheme::resolved).reversed()).toList();
    }

    /** Survey suggestions of the period per status, and their themes (tags) with how often each came up. */
    public record Suggestions(Map<String, Long> byStatus, Map<String, Long> themes) {
    }

    public Suggestions suggestions(Period period) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> themes = new TreeMap<>();
        for (SuggestionCount row : em.createQuery("select new " + row(SuggestionCount.class) + "(s.status, s.tags, count(s))"
                        + " from SuggestionFact s where s.answeredAt >= :from and s.answeredAt < :to group by s.status, s.tags",
                        SuggestionCount.class)
                .setParameter("from", period.from(zone())).setParameter("to", period.until(zone())).getResultList()) {
            long n = row.n();
            byStatus.merge(row.status(), n, Long::sum);
            if (row.tags() != null) {
                for (String tag : row.tags().split(", ")) {
                    if (!tag.isBlank()) {
                        themes.merge(tag, n, Long::sum);
                    }
                }
            }
        }
        return new Suggestions(byStatus, themes);
    }

    /** Requests closed in the period. */
    public long closed(Period period) {
        if (summed()) {
            return daily.sums(DailyCounts.CLOSED, period).getOrDefault("", 0L);
        }
        return em.createQuery("select count(r) from RequestFact r where r.closedAt >= :from and r.closedAt < :to", Long.class)
                .setParameter("from", period.from(zone())).setParameter("to", period.until(zone())).getSingleResult();
    }

    /** Survey invitations sent in the period. */
    public long invited(Period period) {
        if (summed()) {
            return daily.sums(DailyCounts.INVITED, period).getOrDefault("", 0L);
        }
        return em.createQuery("select count(i) from InvitationFact i where i.invitedAt >= :from and i.invitedAt < :to",
                Long.class).setParameter("from", period.from(zone())).setParameter("to", period.until(zone())).getSingleResult();
    }

    /** Inquiries received in the period, how many were answered and closed, and the median days it took. */
    public Inquiries inquiries(Period period) {
        if (summed()) {
            Map<Integer, Long> days = new TreeMap<>();
            daily.sums(DailyCounts.INQUIRY_CLOSED, period).forEach((k, n) -> days.put(Integer.valueOf(k), n));
            long received = daily.sums(DailyCounts.RECEIVED_TYPE, period)
                    .getOrDefault(org.ektefaa.requests.api.RequestType.INQUIRY.name(), 0L);
            return new Inquiries(received, days.values().stream().mapToLong(Long::longValue).sum(), median(days));
        }
        List<Span> rows = em.createQuery("select new " + row(Span.class) + "(r.receivedAt, r.closedAt) from RequestFact r"
                        + " where r.type = :t and r.receivedAt >= :from and r.receivedAt < :to", Span.class)
                .setParameter("t", org.ektefaa.requests.api.RequestType.INQUIRY).setParameter("from", period.from(zone()))
                .setParameter("to", period.until(zone())).getResultList();
        Map<Integer, Long> days = new TreeMap<>();
        long closed = 0;
        for (Span row : rows) {
            if (row.closedAt() != null) {
                closed++;
                int d = (int) java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.ofInstant(row.receivedAt(), zone()), java.time.LocalDate.ofInstant(row.closedAt(), zone()));
                days.merge(d, 1L, Long::sum);
            }
        }
        return new Inquiries(rows.size(), closed, median(days));
    }

    /** Deliveries recorded for requests received in the period (policy §5.6). */
    public long deliveries(Period period) {
        if (summed()) {
            return daily.sums(DailyCounts.DELIVERIES, period).getOrDefault("", 0L);
        }
        Long sum = em.createQuery("select sum(r.deliveries) from RequestFact r where r.receivedAt >= :from"
                + " and r.receivedAt < :to", Long.class).setParameter("from", period.from(zone()))
                .setParameter("to", period.until(zone())).getSingleResult();
        return sum == null ? 0 : sum;
    }

    static BigDecimal median(Map<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        List<Integer> values = new ArrayList<>();
        long lower = (n - 1) / 2;
        long upper = n / 2;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : new TreeMap<>(histogram).entrySet()) {
            long before = seen;
            seen += e.getValue();
            if (lower >= before && lower < seen) {
                values.add(e.getKey());
            }
            if (upper >= before && upper < seen) {
                values.add(e.getKey());
            }
        }
        return BigDecimal.valueOf(values.get(0) + values.get(values.size() - 1)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP);
    }

    /** The name a "select new" gives a row type nested in a class ({@code Outer$Row}). */
    static String row(Class<? extends Record> type) {
        return type.getName();
    }

    /** {@code from <= at < to}, the period's bounds as the parameters {@code from} and {@code to}. */
    private static Predicate within(CriteriaBuilder cb, Path<Instant> at) {
        return cb.and(cb.greaterThanOrEqualTo(at, cb.parameter(Instant.class, "from")),
                cb.lessThan(at, cb.parameter(Instant.class, "to")));
    }

    private <T> TypedQuery<T> inPeriod(TypedQuery<T> query, Period period) {
        return query.setParameter("from", period.from(zone())).setParameter("to", period.until(zone()));
    }

    /**
     * How the answers to one question spread over its scale in the period (issue #23, the satisfaction detail report):
     * {@code overall}, {@code speed}, {@code courtesy}, {@code clarity} (1–5), {@code effort} (1–7), {@code recommend}
     * (0–10).
     */
    public Map<Integer, Long> distribution(String question, Period period) {
        return histogram(question, period);
    }

    private Map<Integer, Long> histogram(String field, Period period) {
        Map<Integer, Long> counts = new TreeMap<>();
        if (summed()) {
            daily.sums(field.toUpperCase(java.util.Locale.ROOT), period).forEach((k, n) -> counts.put(Integer.valueOf(k), n));
            return counts;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<SurveyFact> s = query.from(SurveyFact.class);
        Path<Integer> score = s.get(field);
        query.multiselect(score, cb.count(s)).where(within(cb, s.get("answeredAt")), cb.isNotNull(score)).groupBy(score);
        inPeriod(em.createQuery(query), period).getResultList()
                .forEach(t -> counts.put(t.get(0, Integer.class), t.get(1, Long.class)));
        return counts;
    }

    // in the order of the keys, on both paths (the reports print the rows in this order)
    private Map<String, Map<Integer, Long>> grouped(String key, Period period) {
        Map<String, Map<Integer, Long>> groups = new TreeMap<>();
        if (summed()) {
            // key "channel:score" or "service:score" ("" for no service), as SurveyFact counts an answer
            daily.sums("channel".equals(key) ? DailyCounts.OVERALL_CHANNEL : DailyCounts.OVERALL_SERVICE, period)
                    .forEach((k, n) -> groups.computeIfAbsent(k.substring(0, k.lastIndexOf(':')), x -> new TreeMap<>())
                            .merge(Integer.valueOf(k.substring(k.lastIndexOf(':') + 1)), n, Long::sum));
            return groups;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<SurveyFact> s = query.from(SurveyFact.class);
        Path<Object> group = s.get(key);
        Path<Integer> overall = s.get("overall");
        query.multiselect(group, overall, cb.count(s)).where(within(cb, s.get("answeredAt")), cb.isNotNull(overall))
                .groupBy(group, overall);
        inPeriod(em.createQuery(query), period).getResultList()
                .forEach(t -> groups.computeIfAbsent(t.get(0) == null ? "" : t.get(0).toString(), k -> new TreeMap<>())
                        .merge(t.get(1, Integer.class), t.get(2, Long.class), Long::sum));
        return groups;
    }
}

package org.ektefaa.satisfaction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.Question;
import org.ektefaa.satisfaction.entity.SurveyResponse;

/**
 * The satisfaction figures summed per local day and per month (issue #19), so that a quarter or a year is read in a
 * few hundred rows whatever the history holds: a period's whole months from the monthly rows, its other days from the
 * daily rows. Every invitation and every answer adds to its day's rows in the transaction
 * that writes it (so a summary never counts what was not committed); an answer also adds to the row of the day its
 * invitation was sent (the response rate counts the invitations of a period that were answered since). The rows
 * of one change are written in key order, so concurrent answers wait for each other instead of dead-locking, and
 * each day's row of a key is split into {@link #SLOTS} slots (by thread), so that they seldom wait at all.
 * {@link #rebuild} computes every row again from the raw invitations and answers.
 */
@ApplicationScoped
public class DailyFigures {

    private static final Logger LOG = Logger.getLogger(DailyFigures.class.getName());

    private static final int PAGE = 10_000;

    /** Rows per day and key that concurrent transactions spread their additions over. */
    static final int SLOTS = 4;

    /** The breakdowns kept; ALL has the one key "". */
    public enum Breakdown {
        ALL, CHANNEL, TYPE, SERVICE, STAFF
    }

    /** A score question and the columns of its histogram, lowest score first. */
    public enum Score {
        OVERALL("overall", 1, 5), RECOMMEND("recommend", 0, 10), EFFORT("effort", 1, 7), SPEED("speed", 1, 5),
        COURTESY("courtesy", 1, 5), CLARITY("clarity", 1, 5);

        final String column;
        final int low;
        final int high;

        Score(String column, int low, int high) {
            this.column = column;
            this.low = low;
            this.high = high;
        }

        Integer of(SurveyResponse.Scores scores) {
            return scores.of(Question.valueOf(name()));
        }
    }

    /** The counters of one row, in the order of {@link #COLUMNS}. */
    static final List<String> COLUMNS;
    private static final Map<Score, Integer> FIRST = new EnumMap<>(Score.class);

    static {
        List<String> columns = new ArrayList<>(List.of("invited", "answered", "follow_ups"));
        for (Score score : Score.values()) {
            FIRST.put(score, columns.size());
            for (int s = score.low; s <= score.high; s++) {
                columns.add(score.column + "_" + s);
            }
        }
        COLUMNS = List.copyOf(columns);
    }

    private static final int INVITED = 0;
    private static final int ANSWERED = 1;
    private static final int FOLLOW_UPS = 2;

    /** The sums of one key over a period: invitations, how many of them were answered, follow-ups, histograms. */
    public record Sums(long invited, long answered, long followUps, Map<Score, Map<Integer, Long>> histograms) {

        public Map<Integer, Long> histogram(Score score) {
            return histograms.getOrDefault(score, Map.of());
        }

        /** Whether the key shows in the breakdown, as when counting the raw rows: invited in the period, or an overall score. */
        public boolean shows() {
            return invited > 0 || !histogram(Score.OVERALL).isEmpty();
        }
    }

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    Clock clock;

    public DailyFigures() {
    }

    /** For the module's own query tests: the summaries over a given persistence context and clock. */
    public DailyFigures(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    // ---- kept as invitations and answers are written -------------------------------------------------------------

    /** A new invitation: one more invited on its day, in each breakdown. */
    public void invited(Invitation invitation) {
        LocalDate day = day(invitation.getCreatedAt());
        Map<Key, long[]> changes = new TreeMap<>();
        for (Breakdown breakdown : Breakdown.values()) {
            changes.computeIfAbsent(new Key(breakdown, day, keyOf(breakdown, invitation)), k -> new long[COLUMNS.size()])[INVITED]++;
        }
        write(changes);
    }

    /** An answer: its scores on the day it was given, and one more answered on the day its invitation was sent. */
    public void answered(Invitation invitation, SurveyResponse response) {
        LocalDate answeredOn = day(response.getAnsweredAt());
        LocalDate invitedOn = day(invitation.getCreatedAt());
        Map<Key, long[]> changes = new TreeMap<>();
        for (Breakdown breakdown : Breakdown.values()) {
            String key = keyOf(breakdown, invitation);
            changes.computeIfAbsent(new Key(breakdown, invitedOn, key), k -> new long[COLUMNS.size()])[ANSWERED]++;
            count(changes.computeIfAbsent(new Key(breakdown, answeredOn, key), k -> new long[COLUMNS.size()]),
                    response.getScores(), response.isFollowUp());
        }
        write(changes);
    }

    // ---- read -----------------------------------------------------------------------------------------------------

    /** Whether the summaries hold what the raw rows say, cut into days of the application's time zone. */
    public boolean usable() {
        List<?> state = em.createNativeQuery("select zone from sat_figures_state where id = 1 and built_at is not null")
                .getResultList();
        return !state.isEmpty() && clock.getZone().getId().equals(state.get(0));
    }

    /** All history: how many invitations were sent, and how many of them were answered. */
    public long[] totals() {
        Object[] row = (Object[]) em.createNativeQuery("select sum(invited), sum(answered) from sat_monthly_figures"
                + " where breakdown = 'ALL'").getSingleResult();
        return new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    /** The first day of a period given as an instant, when it is a local midnight. */
    public Optional<LocalDate> midnight(Instant at) {
        LocalDate day = day(at);
        return day.atStartOfDay(clock.getZone()).toInstant().equals(at) ? Optional.of(day) : Optional.empty();
    }

    /**
     * The sums per key of one breakdown for the days {@code from} (included) to {@code until} (excluded); keys in
     * natural order, the key of "none" (null) last. {@code only}: one key, or null for all.
     */
    public Map<String, Sums> sums(Breakdown breakdown, LocalDate from, LocalDate until, String only) {
        // the whole months of the period from the monthly rows, the days before and after them from the daily rows
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        LocalDate afterMonths = until.withDayOfMonth(1);
        if (!firstMonth.isBefore(afterMonths)) {
            firstMonth = until;
            afterMonths = until;
        }
        String columns = String.join(", ", COLUMNS);
        String oneKey = only == null ? "" : " and group_key = ?6";
        StringBuilder sql = new StringBuilder("select group_key");
        COLUMNS.forEach(c -> sql.append(", sum(").append(c).append(')'));
        sql.append(" from (select group_key, ").append(columns).append(" from sat_daily_figures where breakdown = ?1")
                .append(" and ((on_day >= ?2 and on_day < ?3) or (on_day >= ?4 and on_day < ?5))").append(oneKey)
                .append(" union all select group_key, ").append(columns).append(" from sat_monthly_figures")
                .append(" where breakdown = ?1 and on_month >= ?3 and on_month < ?4").append(oneKey)
                .append(") rows_of_the_period group by group_key");
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString()).setParameter(1, breakdown.name())
                .setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(firstMonth))
                .setParameter(4, java.sql.Date.valueOf(afterMonths)).setParameter(5, java.sql.Date.valueOf(until));
        if (only != null) {
            query.setParameter(6, only);
        }
        Map<String, Sums> sums = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            String key = breakdown == Breakdown.ALL ? "" : "".equals(row[0]) ? null : (String) row[0];
            long[] counts = new long[COLUMNS.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
            Map<Score, Map<Integer, Long>> histograms = new EnumMap<>(Score.class);
            for (Score score : Score.values()) {
                for (int s = score.low; s <= score.high; s++) {
                    long n = counts[FIRST.get(score) + s - score.low];
                    if (n > 0) {
                        histograms.computeIfAbsent(score, x -> new TreeMap<>()).put(s, n);
                    }
                }
            }
            sums.put(key, new Sums(counts[INVITED], counts[ANSWERED], counts[FOLLOW_UPS], histograms));
        }
        return sums;
    }

    // ---- rebuild --------------------------------------------------------------------------------------------------

    /** Rebuilds at start-up when the summaries were never built, were marked stale, or were cut in another zone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rebuildIfStale() {
        if (!usable()) {
            long started = System.nanoTime();
            int rows = rebuild();
            LOG.info("Satisfaction figures: daily summaries rebuilt from the raw rows (" + rows + " rows, "
                    + (System.nanoTime() - started) / 1_000_000 + " ms)");
        }
    }

    /** An invitation as the rebuild reads it ("select new": public and boxed, as the provider builds it). */
    public record Invited(Long id, Instant createdAt, InvitationStatus status, ContactChannel channel,
                          RequestType requestType, String serviceCode, String servedBy) {
    }

    /** An answer as the rebuild reads it. */
    public record Answered(Long id, Instant answeredAt, Boolean followUp, ContactChannel channel, RequestType requestType,
                           String serviceCode, String servedBy, Integer overall, Integer speed, Integer courtesy,
                           Integer clarity, Integer effort, Integer recommend) {
    }

    /**
     * Computes every summary row again from the invitations and answers, in the caller's transaction: the rows are
     * deleted first (which, on MariaDB, makes concurrent answers wait for the rebuild and then add to it), then the
     * raw rows are read in pages and summed in memory, then written. Returns the number of rows written.
     */
    @Transactional
    public int rebuild() {
        em.createNativeQuery("delete from sat_daily_figures").executeUpdate();
        em.createNativeQuery("delete from sat_monthly_figures").executeUpdate();
        Map<Key, long[]> all = new HashMap<>();
        long after = 0;
        List<Invited> invitations;
        do {
            invitations = em.createQuery("select new " + Invited.class.getName() + "(i.id, i.createdAt, i.status, i.channel,"
                            + " i.requestType, i.serviceCode, i.servedBy) from Invitation i where i.id > :after order by i.id",
                            Invited.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Invited row : invitations) {
                after = row.id();
                LocalDate day = day(row.createdAt());
                for (Breakdown breakdown : Breakdown.values()) {
                    long[] counts = all.computeIfAbsent(new Key(breakdown, day, keyOf(breakdown, row.channel(),
                                    row.requestType(), row.serviceCode(), row.servedBy())), k -> new long[COLUMNS.size()]);
                    counts[INVITED]++;
                    if (row.status() == InvitationStatus.ANSWERED) {
                        counts[ANSWERED]++;
                    }
                }
            }
            em.clear();
        } while (invitations.size() == PAGE);
        after = 0;
        List<Answered> answers;
        do {
            answers = em.createQuery("select new " + Answered.class.getName() + "(r.id, r.answeredAt, r.followUp, r.channel,"
                            + " r.requestType, r.serviceCode, r.servedBy, r.overall, r.speed, r.courtesy, r.clarity, r.effort,"
                            + " r.recommend) from SurveyResponse r where r.id > :after order by r.id", Answered.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Answered row : answers) {
                after = row.id();
                LocalDate day = day(row.answeredAt());
                SurveyResponse.Scores scores = new SurveyResponse.Scores(row.overall(), row.speed(), row.courtesy(),
                        row.clarity(), row.effort(), row.recommend());
                for (Breakdown breakdown : Breakdown.values()) {
                    count(all.computeIfAbsent(new Key(breakdown, day, keyOf(breakdown, row.channel(), row.requestType(),
                            row.serviceCode(), row.servedBy())), k -> new long[COLUMNS.size()]), scores,
                            Boolean.TRUE.equals(row.followUp()));
                }
            }
            em.clear();
        } while (answers.size() == PAGE);
        insertAll("sat_daily_figures", "on_day", new TreeMap<>(all));
        insertAll("sat_monthly_figures", "on_month", byMonth(all));
        em.createNativeQuery("update sat_figures_state set zone = ?1, built_at = ?2 where id = 1")
                .setParameter(1, clock.getZone().getId()).setParameter(2, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        return all.size();
    }

    /** Writes rows into an emptied table, in one batch through the transaction's connection. */
    private void insertAll(String table, String dateColumn, Map<Key, long[]> rows) {
        StringBuilder sql = new StringBuilder("insert into " + table + " (" + dateColumn + ", breakdown, group_key");
        COLUMNS.forEach(c -> sql.append(", ").append(c));
        sql.append(") values (?, ?, ?").append(", ?".repeat(COLUMNS.size())).append(')');
        try (java.sql.PreparedStatement insert = em.unwrap(java.sql.Connection.class).prepareStatement(sql.toString())) {
            int pending = 0;
            for (Map.Entry<Key, long[]> entry : rows.entrySet()) {
                insert.setDate(1, java.sql.Date.valueOf(entry.getKey().day()));
                insert.setString(2, entry.getKey().breakdown().name());
                insert.setString(3, entry.getKey().key());
                long[] counts = entry.getValue();
                for (int i = 0; i < counts.length; i++) {
                    insert.setLong(i + 4, counts[i]);
                }
                insert.addBatch();
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("the summaries could not be written to " + table, e);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A summary row's key; ordered as the table's primary key, the order rows are written in. */
    record Key(Breakdown breakdown, LocalDate day, String key) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int c = breakdown.name().compareTo(other.breakdown.name());
            if (c == 0) {
                c = day.compareTo(other.day);
            }
            return c != 0 ? c : key.compareTo(other.key);
        }
    }

    private static void count(long[] counts, SurveyResponse.Scores scores, boolean followUp) {
        if (followUp) {
            counts[FOLLOW_UPS]++;
        }
        for (Score score : Score.values()) {
            Integer s = score.of(scores);
            if (s != null && s >= score.low && s <= score.high) {
                counts[FIRST.get(score) + s - score.low]++;
            }
        }
    }

    /**
     * Adds each row's counts in one statement per row (insert, or add to the row already there): the days' rows, then
     * their months' rows, each in key order, so that concurrent writers take the rows in one order.
     */
    private void write(Map<Key, long[]> changes) {
        int slot = slot();
        upsert("sat_daily_figures", "on_day", changes, slot);
        upsert("sat_monthly_figures", "on_month", byMonth(changes), slot);
    }

    /** The same changes added up per month (the key's day becomes its month's first day). */
    static Map<Key, long[]> byMonth(Map<Key, long[]> days) {
        Map<Key, long[]> months = new TreeMap<>();
        days.forEach((key, counts) -> {
            long[] month = months.computeIfAbsent(new Key(key.breakdown(), key.day().withDayOfMonth(1), key.key()),
                    k -> new long[COLUMNS.size()]);
            for (int i = 0; i < counts.length; i++) {
                month[i] += counts[i];
            }
        });
        return months;
    }

    private void upsert(String table, String dateColumn, Map<Key, long[]> changes, int slot) {
        for (Map.Entry<Key, long[]> change : changes.entrySet()) {
            long[] counts = change.getValue();
            StringBuilder columns = new StringBuilder();
            StringBuilder values = new StringBuilder();
            StringBuilder update = new StringBuilder();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    String column = COLUMNS.get(i);
                    columns.append(", ").append(column);
                    values.append(", ").append(counts[i]);
                    update.append(update.isEmpty() ? "" : ", ").append(column).append(" = ").append(column).append(" + ")
                            .append(counts[i]);
                }
            }
            if (update.isEmpty()) {
                continue;
            }
            // INSERT ... ON DUPLICATE KEY UPDATE: MariaDB's upsert, which H2 accepts in its MariaDB mode
            em.createNativeQuery("insert into " + table + " (" + dateColumn + ", breakdown, group_key, slot" + columns
                            + ") values (?1, ?2, ?3, ?4" + values + ") on duplicate key update " + update)
                    .setParameter(1, java.sql.Date.valueOf(change.getKey().day()))
                    .setParameter(2, change.getKey().breakdown().name()).setParameter(3, change.getKey().key())
                    .setParameter(4, slot).executeUpdate();
        }
    }

    /** Which of the {@link #SLOTS} rows of a day and key this thread adds to (the reads sum them). */
    static int slot() {
        return (int) (Thread.currentThread().getId() % SLOTS);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String keyOf(Breakdown breakdown, Invitation invitation) {
        return keyOf(breakdown, invitation.getChannel(), invitation.getRequestType(), invitation.getServiceCode(),
                invitation.getServedBy());
    }

    private static String keyOf(Breakdown breakdown, Object channel, Object type, Object service, Object staff) {
        Object value = switch (breakdown) {
            case ALL -> null;
            case CHANNEL -> channel;
            case TYPE -> type;
            case SERVICE -> service;
            case STAFF -> staff;
        };
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : Objects.toString(value);
    }

    /** For tests: every day and key as column → value (the slots summed), ordered by key. */
    public List<Map<String, Object>> dump() {
        StringBuilder sql = new StringBuilder("select on_day, breakdown, group_key");
        COLUMNS.forEach(c -> sql.append(", sum(").append(c).append(')'));
        sql.append(" from sat_daily_figures group by on_day, breakdown, group_key order by breakdown, on_day, group_key");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery(sql.toString()).getResultList()) {
            Object[] row = (Object[]) result;
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("on_day", row[0].toString());
            map.put("breakdown", row[1]);
            map.put("group_key", row[2]);
            for (int i = 0; i < COLUMNS.size(); i++) {
                long n = ((Number) row[i + 3]).longValue();
                if (n != 0) {
                    map.put(COLUMNS.get(i), n);
                }
            }
            rows.add(map);
        }
        return rows;
    }
}

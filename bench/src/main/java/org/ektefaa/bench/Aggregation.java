package org.ektefaa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The SQL aggregation the quarterly board report rests on, written by hand over the reporting module's fact
 * tables: each section's grouped counts for the quarter and the one before, the four-quarter trend, the
 * commitment's distribution and worst delays. Its time is the floor under the report's own time.
 */
final class Aggregation {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final String[] QUERIES = {
        "select channel, count(*) from rep_request_fact where received_at >= ? and received_at < ? group by channel",
        "select request_type, count(*), count(closed_at) from rep_request_fact where received_at >= ? and received_at < ? group by request_type",
        "select approved, count(*) from rep_request_fact where decided_at >= ? and decided_at < ? group by approved",
        "select count(*) from rep_request_fact where received_at < ? and (finished_at is null or finished_at >= ?) and raised_at is not null",
        "select met_deadline, count(*), avg(days_to_decision) from rep_request_fact where decided_at >= ? and decided_at < ? group by met_deadline",
        "select days_to_decision, count(*) from rep_request_fact where decided_at >= ? and decided_at < ? group by days_to_decision",
        "select tracking_number, days_to_decision from rep_request_fact where decided_at >= ? and decided_at < ? order by days_to_decision desc limit 10",
        "select avg(overall >= 4), avg(speed >= 4), avg(courtesy >= 4), avg(clarity >= 4), count(*) from rep_survey_fact where answered_at >= ? and answered_at < ?",
        "select channel, avg(overall >= 4), count(*) from rep_survey_fact where answered_at >= ? and answered_at < ? group by channel",
        "select service_code, avg(overall >= 4), count(*) from rep_survey_fact where answered_at >= ? and answered_at < ? group by service_code",
        "select sum(recommend >= 9), sum(recommend <= 6), count(recommend), avg(effort) from rep_survey_fact where answered_at >= ? and answered_at < ?",
        "select count(*) from rep_invitation_fact where invited_at >= ? and invited_at < ?",
        "select complaint_theme, complaint_upheld, count(*) from rep_request_fact where request_type = 'COMPLAINT' and received_at >= ? and received_at < ? group by complaint_theme, complaint_upheld",
        "select count(distinct volunteer_id), sum(hours), count(distinct opportunity_id) from rep_hours_fact where worked_on >= date(?) and worked_on < date(?)",
        "select count(*) from rep_beneficiary_fact where registered_at >= ? and registered_at < ?",
    };

    private Aggregation() {
    }

    /** Every query for the quarter and the one before, and the satisfaction trend over four quarters. */
    static void run(Connection c, LocalDate first, LocalDate last) throws Exception {
        for (int back = 0; back < 2; back++) {
            LocalDate from = first.minusMonths(3L * back);
            LocalDate to = (back == 0 ? last.plusDays(1) : first.minusMonths(3L * (back - 1)));
            for (String sql : QUERIES) {
                query(c, sql, from, to);
            }
        }
        for (int q = 2; q < 4; q++) {
            LocalDate from = first.minusMonths(3L * q);
            query(c, QUERIES[7], from, from.plusMonths(3));
            query(c, QUERIES[10], from, from.plusMonths(3));
        }
    }

    private static void query(Connection c, String sql, LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setTimestamp(1, Timestamp.from(from.atStartOfDay(RIYADH).toInstant()));
            q.setTimestamp(2, Timestamp.from(to.atStartOfDay(RIYADH).toInstant()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }
}

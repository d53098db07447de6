-- The policy page's live figures and the reports read the facts of their period by index alone (issue #19):
-- each query reads the index entries of the period asked for, never the rows (EXPLAIN "Using index"), and the
-- requests overdue at the end of a period are found among the undecided ones, not among all of history.
-- BENCHMARKS.md has the plans and times before and after, at 1,000,000 requests.
CREATE INDEX rep_request_received_figures ON rep_request_fact (received_at, channel, request_type, deliveries, closed_at);
CREATE INDEX rep_request_closed ON rep_request_fact (closed_at);
CREATE INDEX rep_request_decided_figures ON rep_request_fact (decided_at, raised_at, due_date, days_to_decision,
    met_deadline, approved);
CREATE INDEX rep_survey_figures ON rep_survey_fact (answered_at, channel, service_code, overall, speed, courtesy, clarity,
    effort, recommend);

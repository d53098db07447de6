-- The five latest decisions of a period (policy page, board report): the late decisions of the period read from the
-- index alone, instead of every decision of the period fetched row by row for its tracking number (issue #19:
-- 28,672 rows examined, 0.7-1.5 s at 1,000,000 requests).
CREATE INDEX rep_request_fact_late ON rep_request_fact (met_deadline, decided_at, days_to_decision, tracking_number, due_date);

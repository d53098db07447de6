-- What "open" means, once (issue #21): a request is open from its receipt until it is finished, which a registration
-- is once decided (its file registered or refused) and any other request once closed (RequestType.finishesWithDecision).
-- The board report's "open at the end of the period" counts the facts not finished by then, as the dashboard does now.
ALTER TABLE rep_request_fact ADD finished_at DATETIME(6);

UPDATE rep_request_fact
SET finished_at = CASE WHEN request_type = 'REGISTRATION' THEN COALESCE(decided_at, closed_at) ELSE closed_at END;

CREATE INDEX rep_request_finished ON rep_request_fact (finished_at);

-- What "open" means, once (issue #21): a registration is finished once its file is registered or refused, every other
-- request once it is closed. The dashboard's counters count every finished request under CLOSED (RequestCounts), so
-- decided registrations move there.
DELETE FROM req_status_counts;

INSERT INTO req_status_counts (status, slot, n)
SELECT CASE WHEN type = 'REGISTRATION' AND status IN ('APPROVED', 'REJECTED') THEN 'CLOSED' ELSE status END, 0, COUNT(*)
FROM req_request
GROUP BY CASE WHEN type = 'REGISTRATION' AND status IN ('APPROVED', 'REJECTED') THEN 'CLOSED' ELSE status END;

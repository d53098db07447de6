-- The satisfaction figures read by index alone (issue #19). Every indicator groups the answers of a period by a
-- breakdown (channel, type, service, employee) and the scores, and the invitations of a period by a breakdown and
-- their status: with these covering indexes the database reads only the index entries of the period asked for,
-- in order, never the rows themselves (EXPLAIN: "Using where; Using index"), so a page costs what its period
-- holds, not what three years of history hold. BENCHMARKS.md has the plans before and after.
CREATE INDEX sat_response_figures ON sat_response (answered_at, channel, request_type, service_code, served_by,
    overall, recommend, effort, speed, courtesy, clarity);
CREATE INDEX sat_invitation_figures ON sat_invitation (created_at, status, channel, request_type, service_code,
    served_by);
-- An employee's own figures (every dashboard after sign-in): their answers and invitations of the period only.
CREATE INDEX sat_response_staff ON sat_response (served_by, answered_at, overall, recommend, effort);
CREATE INDEX sat_invitation_staff ON sat_invitation (served_by, created_at, status);

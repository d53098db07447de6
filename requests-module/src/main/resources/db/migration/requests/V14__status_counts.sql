-- How many requests stand in each status (issue #19): the dashboard read every open request's index entry (90,000
-- at the benchmark's scale); these counters are kept in the transactions that move requests (RequestCounts), and a
-- status has up to four rows (slots) that concurrent transactions spread over. Filled here from the requests kept.
CREATE TABLE req_status_counts (
    status VARCHAR(30) NOT NULL,
    slot   SMALLINT    NOT NULL,
    n      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (status, slot)
);

INSERT INTO req_status_counts (status, slot, n) SELECT status, 0, COUNT(*) FROM req_request GROUP BY status;

-- How many files stand in each status (issue #19): the dashboard read every file's index entry (96,000 at the
-- benchmark's scale); these counters are kept in the transactions that move files (FileCounts), and a status has up
-- to four rows (slots) that concurrent transactions spread over. Filled here from the files kept.
CREATE TABLE ben_status_counts (
    status VARCHAR(20) NOT NULL,
    slot   SMALLINT    NOT NULL,
    n      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (status, slot)
);

INSERT INTO ben_status_counts (status, slot, n) SELECT status, 0, COUNT(*) FROM ben_beneficiary GROUP BY status;

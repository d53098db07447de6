-- The ledger's chain (issue #27, the fourth step): each row of aid_disbursement carries the hash of the row before it
-- and its own, so that a row changed or removed in the database breaks the chain where it happened; the head holds the
-- last row's hash (rows are chained one at a time: the head is locked while a row is added) and what the nightly check
-- last found. MariaDB 10.11 and H2 2.x (MODE=MariaDB).

ALTER TABLE aid_disbursement ADD COLUMN previous_hash CHAR(64);
ALTER TABLE aid_disbursement ADD COLUMN row_hash CHAR(64);

CREATE TABLE aid_ledger_head (
    id          INT          NOT NULL PRIMARY KEY,
    last_id     BIGINT,
    last_hash   CHAR(64)     NOT NULL,
    checked_at  DATETIME(6),
    checked_rows BIGINT,
    broken_at   BIGINT,
    version     BIGINT       NOT NULL
);
INSERT INTO aid_ledger_head (id, last_id, last_hash, version)
    VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000', 0);

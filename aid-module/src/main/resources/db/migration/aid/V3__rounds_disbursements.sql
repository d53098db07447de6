-- Distribution rounds and the ledger (issue #27, the third step): a round hands one programme's due instalments out at
-- a place on a day; each instalment of a notified round has a one-time collection code (kept only as a keyed hash: the
-- person has it in their message); a collection is a ledger row that is never changed, one per instalment at most.
-- MariaDB 10.11 and H2 2.x (MODE=MariaDB).

CREATE TABLE aid_round (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_code VARCHAR(40)  NOT NULL,
    place          VARCHAR(200) NOT NULL,
    held_on        DATE         NOT NULL,
    hours          VARCHAR(40)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    prepared_by    VARCHAR(100) NOT NULL,
    prepared_at    DATETIME(6)  NOT NULL,
    notified_at    DATETIME(6),
    closed_at      DATETIME(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT aid_round_programme_fk FOREIGN KEY (programme_code) REFERENCES aid_programme (code)
);

ALTER TABLE aid_instalment ADD COLUMN round_id BIGINT;
ALTER TABLE aid_instalment ADD COLUMN code_hash VARCHAR(64);
ALTER TABLE aid_instalment ADD CONSTRAINT aid_instalment_round_fk FOREIGN KEY (round_id) REFERENCES aid_round (id);
CREATE INDEX aid_instalment_round_ix ON aid_instalment (round_id, code_hash);
-- a round's preparation picks the due instalments of a programme's entitlements
CREATE INDEX aid_instalment_due_ix ON aid_instalment (status, round_id, due_on);
CREATE INDEX aid_entitlement_programme_ix ON aid_entitlement (programme_code, status);

-- The ledger: append-only, kept at least ten years (the 2026 regulation of associations); no code path updates or
-- deletes a row. One row per instalment: a second collection of the same instalment is refused by the database.
CREATE TABLE aid_disbursement (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instalment_id   BIGINT         NOT NULL,
    entitlement_id  BIGINT         NOT NULL,
    file_id         BIGINT         NOT NULL,
    round_id        BIGINT,
    programme_code  VARCHAR(40)    NOT NULL,
    fund_code       VARCHAR(40)    NOT NULL,
    quantity        DECIMAL(12, 2) NOT NULL,
    amount          DECIMAL(14, 2),
    kind            VARCHAR(20)    NOT NULL,
    place           VARCHAR(200),
    recorded_by     VARCHAR(100)   NOT NULL,
    recorded_at     DATETIME(6)    NOT NULL,
    proxy_name      VARCHAR(200),
    proxy_id_number VARCHAR(400),
    request_key     VARCHAR(36)    NOT NULL,
    CONSTRAINT aid_disbursement_instalment_uq UNIQUE (instalment_id),
    CONSTRAINT aid_disbursement_instalment_fk FOREIGN KEY (instalment_id) REFERENCES aid_instalment (id),
    CONSTRAINT aid_disbursement_fund_fk FOREIGN KEY (fund_code) REFERENCES aid_fund (code)
);
CREATE INDEX aid_disbursement_fund_ix ON aid_disbursement (fund_code, recorded_at);
CREATE INDEX aid_disbursement_file_ix ON aid_disbursement (file_id);

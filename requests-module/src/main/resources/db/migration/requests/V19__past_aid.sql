-- Issue #25: aid a person received before the association used Ektefaa, brought in with its spreadsheet. History
-- only: it counts in the aid of the last twelve months the executive sees, never as a request or in the reports'
-- figures. A row per delivery, keyed by the import batch, the person's place in it and the delivery's among theirs.
CREATE TABLE req_past_aid (
    batch_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    item           INT           NOT NULL,
    beneficiary_id BIGINT        NOT NULL,
    given_on       DATE          NOT NULL,
    service        VARCHAR(200)  NOT NULL,
    quantity       DECIMAL(12,2),
    amount         DECIMAL(12,2),
    fund           VARCHAR(200),
    PRIMARY KEY (batch_id, position, item)
);
CREATE INDEX req_past_aid_file_ix ON req_past_aid (beneficiary_id, given_on);

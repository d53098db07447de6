-- Issue #25: an import of an association's spreadsheet is one batch with its own number: the files it made or filled
-- carry it, each person's row is committed whole and remembered (so a batch cut short is resumed where it stopped and
-- a batch can be undone), and a file says whether the association had verified it before it came in.
CREATE TABLE ben_import_batch (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    verified_before BOOLEAN    NOT NULL,
    people        INT          NOT NULL,
    done          INT          NOT NULL,
    created       INT          NOT NULL,
    updated       INT          NOT NULL,
    failed        INT          NOT NULL,
    started_by    VARCHAR(100) NOT NULL,
    written_by    VARCHAR(100) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    touched_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6),
    undone_by     VARCHAR(100),
    undone_at     DATETIME(6)
);
CREATE INDEX ben_import_batch_content_ix ON ben_import_batch (content_hash, status);
CREATE TABLE ben_import_row (
    batch_id      BIGINT       NOT NULL,
    position      INT          NOT NULL,
    identity_hash VARCHAR(64)  NOT NULL,
    file_id       BIGINT,
    file_version  BIGINT,
    outcome       VARCHAR(16)  NOT NULL,
    reason        VARCHAR(100),
    PRIMARY KEY (batch_id, position)
);
CREATE INDEX ben_import_row_identity_ix ON ben_import_row (batch_id, identity_hash);
ALTER TABLE ben_beneficiary ADD COLUMN import_batch BIGINT;
ALTER TABLE ben_beneficiary ADD COLUMN verified_before BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ben_beneficiary_import_ix ON ben_beneficiary (import_batch);

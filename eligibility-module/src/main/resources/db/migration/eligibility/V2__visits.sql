-- The social research visit (issue #26; policy §5.2-§5.4): assigned to a researcher by a due date, then signed with
-- its findings, or cancelled. The note and the home's location are sealed at rest (note_enc, location_enc). A file has
-- at most one visit to be done: open_file_id holds the file's id until the visit is signed or cancelled (unique).
CREATE TABLE elg_visit (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id           BIGINT        NOT NULL,
    open_file_id      BIGINT        UNIQUE,
    status            VARCHAR(10)   NOT NULL,
    assigned_to       VARCHAR(64)   NOT NULL,
    assigned_by       VARCHAR(64)   NOT NULL,
    assigned_at       DATETIME(6)   NOT NULL,
    due_on            DATE          NOT NULL,
    reason            VARCHAR(500),
    members_seen      INT,
    income_seen       DECIMAL(12, 2),
    monthly_debts     DECIMAL(12, 2),
    housing_condition VARCHAR(10),
    recommendation    VARCHAR(20),
    note_enc          VARCHAR(12000),
    location_enc      VARCHAR(300),
    signed_name       VARCHAR(150),
    signature_drawing LONGTEXT,
    signed_at         DATETIME(6),
    cancelled_reason  VARCHAR(500),
    version           BIGINT        NOT NULL
);
CREATE INDEX elg_visit_file ON elg_visit (file_id, id);
CREATE INDEX elg_visit_open ON elg_visit (status, assigned_to, due_on);

-- Each criterion the researcher confirmed (or could not), in the order of the assessment.
CREATE TABLE elg_visit_finding (
    visit_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    code      VARCHAR(80)  NOT NULL,
    confirmed BOOLEAN      NOT NULL,
    CONSTRAINT elg_visit_finding_visit FOREIGN KEY (visit_id) REFERENCES elg_visit (id)
);
CREATE INDEX elg_visit_finding_idx ON elg_visit_finding (visit_id, position);

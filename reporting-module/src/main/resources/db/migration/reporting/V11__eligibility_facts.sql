-- Eligibility in the reports (issue #26, deliver 5): each assessment's outcome, band and category, each decision taken
-- against an assessment, and each home visit's dates and state. No name, no words of the findings, no reason.
CREATE TABLE rep_assessment_fact (
    assessment_id BIGINT       NOT NULL PRIMARY KEY,
    file_id       BIGINT       NOT NULL,
    category_code VARCHAR(40),
    outcome       VARCHAR(20)  NOT NULL,
    band          VARCHAR(10)  NOT NULL,
    score         INT          NOT NULL,
    made_for      VARCHAR(20)  NOT NULL,
    made_at       DATETIME(6)  NOT NULL
);
CREATE INDEX rep_assessment_made ON rep_assessment_fact (made_at, file_id);
CREATE INDEX rep_assessment_file ON rep_assessment_fact (file_id, made_at);

CREATE TABLE rep_override_fact (
    request_id BIGINT       NOT NULL PRIMARY KEY,
    outcome    VARCHAR(20)  NOT NULL,
    approved   BOOLEAN      NOT NULL,
    decided_at DATETIME(6)  NOT NULL
);
CREATE INDEX rep_override_decided ON rep_override_fact (decided_at);

CREATE TABLE rep_visit_fact (
    visit_id       BIGINT       NOT NULL PRIMARY KEY,
    assigned_at    DATETIME(6)  NOT NULL,
    due_on         DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    closed_at      DATETIME(6),
    recommendation VARCHAR(20),
    changed_at     DATETIME(6)
);
CREATE INDEX rep_visit_closed ON rep_visit_fact (closed_at);
CREATE INDEX rep_visit_due ON rep_visit_fact (due_on);

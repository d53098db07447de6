-- The reporting module's own read model (policy §3.5, §6): facts kept from the other modules' events in the
-- same transaction as the event, so no fact is lost; this module never reads another module's tables.
CREATE TABLE rep_request_fact (
    request_id       BIGINT       NOT NULL PRIMARY KEY,
    tracking_number  VARCHAR(20)  NOT NULL,
    request_type     VARCHAR(20)  NOT NULL,
    channel          VARCHAR(30)  NOT NULL,
    service_code     VARCHAR(40),
    received_at      DATETIME(6)  NOT NULL,
    raised_at        DATETIME(6),
    due_date         DATE,
    decided_at       DATETIME(6),
    approved         BOOLEAN,
    met_deadline     BOOLEAN,
    days_to_decision INT,
    deliveries       INT          NOT NULL,
    closed_at        DATETIME(6)
);
CREATE INDEX rep_request_received ON rep_request_fact (received_at);
CREATE INDEX rep_request_decided ON rep_request_fact (decided_at);

CREATE TABLE rep_invitation_fact (
    invitation_id BIGINT      NOT NULL PRIMARY KEY,
    invited_at    DATETIME(6) NOT NULL,
    request_type  VARCHAR(20) NOT NULL,
    channel       VARCHAR(30) NOT NULL,
    service_code  VARCHAR(40)
);
CREATE INDEX rep_invitation_at ON rep_invitation_fact (invited_at);

CREATE TABLE rep_survey_fact (
    response_id  BIGINT      NOT NULL PRIMARY KEY,
    answered_at  DATETIME(6) NOT NULL,
    request_type VARCHAR(20) NOT NULL,
    channel      VARCHAR(30) NOT NULL,
    service_code VARCHAR(40),
    overall      TINYINT,
    speed        TINYINT,
    courtesy     TINYINT,
    clarity      TINYINT,
    effort       TINYINT,
    recommend    TINYINT
);
CREATE INDEX rep_survey_answered ON rep_survey_fact (answered_at);

CREATE TABLE rep_volunteer_fact (
    volunteer_id  BIGINT      NOT NULL PRIMARY KEY,
    registered_at DATETIME(6) NOT NULL,
    approved_at   DATETIME(6)
);

CREATE TABLE rep_hours_fact (
    hours_id       BIGINT        NOT NULL PRIMARY KEY,
    volunteer_id   BIGINT        NOT NULL,
    opportunity_id BIGINT        NOT NULL,
    hours          DECIMAL(7, 2) NOT NULL,
    worked_on      DATE          NOT NULL
);
CREATE INDEX rep_hours_worked ON rep_hours_fact (worked_on);

CREATE TABLE rep_beneficiary_fact (
    beneficiary_id BIGINT      NOT NULL PRIMARY KEY,
    registered_at  DATETIME(6) NOT NULL,
    channel        VARCHAR(30)
);

-- Targets the board set for the indicators (one row), shown beside each figure.
CREATE TABLE rep_target (
    id                  INT           NOT NULL PRIMARY KEY,
    csat                DECIMAL(5, 1) NOT NULL,
    nps                 DECIMAL(5, 1) NOT NULL,
    within_commitment   DECIMAL(5, 1) NOT NULL,
    median_days         DECIMAL(5, 1) NOT NULL,
    response_rate       DECIMAL(5, 1) NOT NULL,
    version             BIGINT        NOT NULL
);
INSERT INTO rep_target (id, csat, nps, within_commitment, median_days, response_rate, version)
VALUES (1, 85.0, 30.0, 95.0, 10.0, 40.0, 1);

-- Improvement actions the association decided for a period (the report's last page).
CREATE TABLE rep_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_start DATE         NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    owner        VARCHAR(120),
    due_on       DATE,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL
);
CREATE INDEX rep_action_period ON rep_action (period_start);

-- Every report produced, with its parameters and checksum. One per kind, period and language: when several
-- servers run the schedule, the second insert fails and that server stops.
CREATE TABLE rep_archive (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    language     VARCHAR(5)   NOT NULL,
    parameters   VARCHAR(500),
    sha256       CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    pdf          LONGBLOB     NOT NULL,
    generated_by VARCHAR(64)  NOT NULL,
    generated_at DATETIME(6)  NOT NULL,
    CONSTRAINT rep_archive_once UNIQUE (kind, period_start, language)
);

-- Requests and the executive's decisions (policy §4, §5.4). beneficiary_id refers to the beneficiaries
-- module's file by id only: no foreign key crosses a module. MariaDB 10.11 and H2 2.x (MODE=MariaDB).

CREATE TABLE req_tracking_counter (
    hijri_year  INT    NOT NULL PRIMARY KEY,
    last_number BIGINT NOT NULL
);

CREATE TABLE req_request (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_number      VARCHAR(20)  NOT NULL,
    type                 VARCHAR(20)  NOT NULL,
    channel              VARCHAR(30)  NOT NULL,
    beneficiary_id       BIGINT,
    subject              VARCHAR(200),
    status               VARCHAR(30)  NOT NULL,
    decision_period_days INT,
    raised_on            DATE,
    paused_days          INT          NOT NULL,
    waiting_since        DATE,
    due_date             DATE,
    decided_at           DATETIME(6),
    decided_by           VARCHAR(64),
    decision_reason      VARCHAR(500),
    met_deadline         BOOLEAN,
    created_at           DATETIME(6)  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT req_request_tracking_uk UNIQUE (tracking_number)
);
CREATE INDEX req_request_queue_ix ON req_request (status, due_date);
CREATE INDEX req_request_beneficiary_ix ON req_request (beneficiary_id);

CREATE TABLE req_request_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT,
    to_status   VARCHAR(30)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    note        VARCHAR(1000),
    CONSTRAINT req_request_step_request_fk FOREIGN KEY (request_id) REFERENCES req_request (id)
);

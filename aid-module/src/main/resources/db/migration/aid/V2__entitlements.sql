-- Entitlements (issue #27, the second step): what an approved support request entitles a household to — a programme's
-- instalments of so much, from one fund — and each instalment, due on a day. A programme says how much one instalment
-- is when a request does not, and what one unit costs the fund (for its budget's committed amount). MariaDB 10.11 and
-- H2 2.x (MODE=MariaDB).

ALTER TABLE aid_programme ADD COLUMN quantity DECIMAL(12, 2) NOT NULL DEFAULT 1;
ALTER TABLE aid_programme ADD COLUMN unit_cost DECIMAL(12, 2);
UPDATE aid_programme SET unit_cost = 1 WHERE unit = 'SAR';

CREATE TABLE aid_entitlement (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_id         BIGINT         NOT NULL,
    request_id      BIGINT         NOT NULL,
    tracking_number VARCHAR(20)    NOT NULL,
    programme_code  VARCHAR(40)    NOT NULL,
    fund_code       VARCHAR(40)    NOT NULL,
    unit            VARCHAR(20)    NOT NULL,
    quantity        DECIMAL(12, 2) NOT NULL,
    schedule        VARCHAR(20)    NOT NULL,
    first_due       DATE           NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    suspended_until DATE,
    status_reason   VARCHAR(500),
    opened_by       VARCHAR(100)   NOT NULL,
    opened_at       DATETIME(6)    NOT NULL,
    changed_by      VARCHAR(100),
    changed_at      DATETIME(6),
    version         BIGINT         NOT NULL,
    -- one entitlement per request: an approval seen twice opens it once
    CONSTRAINT aid_entitlement_request_uq UNIQUE (request_id),
    CONSTRAINT aid_entitlement_programme_fk FOREIGN KEY (programme_code) REFERENCES aid_programme (code),
    CONSTRAINT aid_entitlement_fund_fk FOREIGN KEY (fund_code) REFERENCES aid_fund (code)
);
CREATE INDEX aid_entitlement_file_ix ON aid_entitlement (file_id);

CREATE TABLE aid_instalment (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entitlement_id BIGINT         NOT NULL,
    number         INT            NOT NULL,
    due_on         DATE           NOT NULL,
    fund_code      VARCHAR(40)    NOT NULL,
    quantity       DECIMAL(12, 2) NOT NULL,
    amount         DECIMAL(14, 2),
    status         VARCHAR(20)    NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT aid_instalment_entitlement_fk FOREIGN KEY (entitlement_id) REFERENCES aid_entitlement (id),
    CONSTRAINT aid_instalment_number_uq UNIQUE (entitlement_id, number)
);
-- a fund's committed amount in a period: the instalments still due on it, by day
CREATE INDEX aid_instalment_fund_ix ON aid_instalment (fund_code, status, due_on);

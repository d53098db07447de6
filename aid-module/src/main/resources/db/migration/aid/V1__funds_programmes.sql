-- Aid programmes and the funds that pay for them (issue #27, the first step): funds kept apart (zakat, general
-- donations, restricted grants with their donor and purpose), their budgets per month or quarter, the programmes each
-- catalogue service is delivered through, and the beneficiary categories zakat may reach. MariaDB 10.11 and H2 2.x
-- (MODE=MariaDB).

CREATE TABLE aid_fund (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL,
    version BIGINT       NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    donor   VARCHAR(200),
    purpose VARCHAR(500)
);

CREATE TABLE aid_budget (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_code    VARCHAR(40)    NOT NULL,
    period_kind  VARCHAR(10)    NOT NULL,
    period_start DATE           NOT NULL,
    period_end   DATE           NOT NULL,
    amount       DECIMAL(14, 2) NOT NULL,
    set_by       VARCHAR(100)   NOT NULL,
    set_at       DATETIME(6)     NOT NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT aid_budget_fund_fk FOREIGN KEY (fund_code) REFERENCES aid_fund (code),
    CONSTRAINT aid_budget_period_uq UNIQUE (fund_code, period_start, period_kind)
);

CREATE TABLE aid_programme (
    code         VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar      VARCHAR(120) NOT NULL,
    name_en      VARCHAR(120) NOT NULL,
    active       BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    service_code VARCHAR(40)  NOT NULL,
    unit         VARCHAR(20)  NOT NULL,
    schedule     VARCHAR(20)  NOT NULL,
    instalments  INT          NOT NULL
);

CREATE TABLE aid_programme_fund (
    programme_code VARCHAR(40) NOT NULL,
    fund_code      VARCHAR(40) NOT NULL,
    CONSTRAINT aid_programme_fund_pk PRIMARY KEY (programme_code, fund_code),
    CONSTRAINT aid_programme_fund_programme_fk FOREIGN KEY (programme_code) REFERENCES aid_programme (code),
    CONSTRAINT aid_programme_fund_fund_fk FOREIGN KEY (fund_code) REFERENCES aid_fund (code)
);

-- The categories administrators mark zakat-eligible (the eight categories of zakat, as the association reads them):
-- who marked each and when. A category not listed here is never paid from a zakat fund.
CREATE TABLE aid_zakat_category (
    category_code VARCHAR(40)  NOT NULL PRIMARY KEY,
    marked_by     VARCHAR(100) NOT NULL,
    marked_at     DATETIME(6)   NOT NULL
);

-- What an association starts with: a zakat fund and a general fund (administrators rename, budget or add to them).
INSERT INTO aid_fund (code, name_ar, name_en, active, version, kind) VALUES
    ('ZAKAT', 'صندوق الزكاة', 'Zakat fund', TRUE, 1, 'ZAKAT'),
    ('GENERAL', 'التبرعات العامة', 'General donations', TRUE, 1, 'GENERAL');

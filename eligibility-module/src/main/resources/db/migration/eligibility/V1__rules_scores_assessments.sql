-- Eligibility (issue #26; policy §5.1-§5.4). Rules and score weights are versioned: a change inserts a new row
-- effective from a date, and an assessment keeps the ids of the rows it was made with. Assessments are append-only.
-- No foreign key points into another module: file ids and category codes are copied.

-- A set of criteria for a category (NULL: every category without its own), effective from a date.
CREATE TABLE elg_rule_set (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_code  VARCHAR(40),
    effective_from DATE         NOT NULL,
    valid_months   INT          NOT NULL,
    note           VARCHAR(500),
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL
);
CREATE INDEX elg_rule_set_scope ON elg_rule_set (category_code, effective_from);

-- rule_set_id may be NULL only because EclipseLink writes an element collection's key with the row.
CREATE TABLE elg_criterion (
    rule_set_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    amount      DECIMAL(12,2),
    low         INT,
    high        INT,
    codes       VARCHAR(500),
    CONSTRAINT elg_criterion_rule_set FOREIGN KEY (rule_set_id) REFERENCES elg_rule_set (id)
);
CREATE INDEX elg_criterion_idx ON elg_criterion (rule_set_id, position);

-- The need score's weights (summing to 100), the income line the income gap is measured against, and the bands.
CREATE TABLE elg_score_model (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    effective_from  DATE          NOT NULL,
    weight_income   INT           NOT NULL,
    weight_dependants INT         NOT NULL,
    weight_housing  INT           NOT NULL,
    weight_health   INT           NOT NULL,
    weight_debts    INT           NOT NULL,
    income_line     DECIMAL(12,2) NOT NULL,
    high_from       INT           NOT NULL,
    medium_from     INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL
);

CREATE TABLE elg_assessment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id        BIGINT       NOT NULL,
    category_code  VARCHAR(40),
    rule_set_id    BIGINT,
    score_model_id BIGINT,
    outcome        VARCHAR(20)  NOT NULL,
    score          INT          NOT NULL,
    band           VARCHAR(10)  NOT NULL,
    made_for       VARCHAR(20)  NOT NULL,
    made_at        DATETIME(6)  NOT NULL,
    made_by        VARCHAR(64)  NOT NULL,
    valid_until    DATE         NOT NULL
);
CREATE INDEX elg_assessment_file ON elg_assessment (file_id, id);
CREATE INDEX elg_assessment_valid ON elg_assessment (valid_until);

-- Each criterion's result (section CRITERION) and each factor of the score (section FACTOR), in order.
CREATE TABLE elg_assessment_line (
    assessment_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    section       VARCHAR(10)  NOT NULL,
    code          VARCHAR(30)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    seen          VARCHAR(200),
    limit_value   VARCHAR(500),
    points        INT          NOT NULL,
    weight        INT          NOT NULL,
    CONSTRAINT elg_assessment_line_assessment FOREIGN KEY (assessment_id) REFERENCES elg_assessment (id)
);
CREATE INDEX elg_assessment_line_idx ON elg_assessment_line (assessment_id, position);

-- The rules an association starts with; administrators change them (a new version effective from a date).
-- Income per member: 1,500 riyals a month; support declared from elsewhere: up to 3,000 riyals a month.
INSERT INTO elg_rule_set (category_code, effective_from, valid_months, note, created_at, created_by)
VALUES (NULL, DATE '2020-01-01', 12, NULL, CURRENT_TIMESTAMP, 'system'),
       ('ELDERLY', DATE '2020-01-01', 12, NULL, CURRENT_TIMESTAMP, 'system'),
       ('DISABILITY', DATE '2020-01-01', 12, NULL, CURRENT_TIMESTAMP, 'system'),
       ('ORPHANS', DATE '2020-01-01', 12, NULL, CURRENT_TIMESTAMP, 'system');
INSERT INTO elg_criterion (rule_set_id, position, kind, amount, low, high, codes)
SELECT id, 1, 'INCOME_PER_MEMBER_MAX', 1500, NULL, NULL, NULL FROM elg_rule_set;
INSERT INTO elg_criterion (rule_set_id, position, kind, amount, low, high, codes)
SELECT id, 2, 'AID_ELSEWHERE_MAX', 3000, NULL, NULL, NULL FROM elg_rule_set;
INSERT INTO elg_criterion (rule_set_id, position, kind, amount, low, high, codes)
SELECT id, 3, 'AGE_BETWEEN', NULL, 60, NULL, NULL FROM elg_rule_set WHERE category_code = 'ELDERLY';
INSERT INTO elg_criterion (rule_set_id, position, kind, amount, low, high, codes)
SELECT id, 3, 'CONDITION_PRESENT', NULL, NULL, NULL, NULL FROM elg_rule_set WHERE category_code = 'DISABILITY';
INSERT INTO elg_criterion (rule_set_id, position, kind, amount, low, high, codes)
SELECT id, 3, 'HOUSEHOLD_MIN_MEMBERS', NULL, 2, NULL, NULL FROM elg_rule_set WHERE category_code = 'ORPHANS';

INSERT INTO elg_score_model (effective_from, weight_income, weight_dependants, weight_housing, weight_health,
                             weight_debts, income_line, high_from, medium_from, created_at, created_by)
VALUES (DATE '2020-01-01', 40, 20, 15, 15, 10, 1500, 70, 40, CURRENT_TIMESTAMP, 'system');

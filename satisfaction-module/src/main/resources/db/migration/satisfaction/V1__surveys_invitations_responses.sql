-- Surveys after service (policy §3.5–§3.7). A template is versioned: editing it inserts a new row with the
-- same family and the next version, and answers stay tied to the row they answered. No foreign key points
-- into another module: request ids, tracking numbers and service codes are copied from the events.
CREATE TABLE sat_template (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    family       VARCHAR(40)  NOT NULL,
    revision     INT          NOT NULL,
    name_ar      VARCHAR(120) NOT NULL,
    name_en      VARCHAR(120) NOT NULL,
    request_type VARCHAR(20),
    channel      VARCHAR(30),
    current      BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT sat_template_family_revision UNIQUE (family, revision)
);

-- template_id may be NULL only because EclipseLink writes an element collection's key with the row.
CREATE TABLE sat_template_question (
    template_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    question    VARCHAR(20)  NOT NULL,
    text_ar     VARCHAR(300) NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    CONSTRAINT sat_template_question_template FOREIGN KEY (template_id) REFERENCES sat_template (id)
);
CREATE INDEX sat_template_question_idx ON sat_template_question (template_id, position);

INSERT INTO sat_template (family, revision, name_ar, name_en, request_type, channel, current, created_at, created_by)
VALUES ('GENERAL', 1, 'استبيان رضا المستفيد بعد الخدمة', 'Beneficiary satisfaction after service', NULL, NULL, TRUE,
        CURRENT_TIMESTAMP, 'system');
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 1, 'OVERALL', 'ما مدى رضاك عن الخدمة بشكل عام؟', 'Overall, how satisfied are you with the service?'
FROM sat_template WHERE family = 'GENERAL';
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 2, 'SPEED', 'ما مدى رضاك عن سرعة إنجاز طلبك؟', 'How satisfied are you with how quickly your request was handled?'
FROM sat_template WHERE family = 'GENERAL';
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 3, 'COURTESY', 'ما مدى رضاك عن تعامل الموظفين؟', 'How satisfied are you with the courtesy of our staff?'
FROM sat_template WHERE family = 'GENERAL';
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 4, 'CLARITY', 'ما مدى وضوح المعلومات التي قُدمت لك؟', 'How clear was the information you were given?'
FROM sat_template WHERE family = 'GENERAL';
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 5, 'EFFORT', 'ما مدى سهولة حصولك على الخدمة؟', 'How easy was it to get the service?'
FROM sat_template WHERE family = 'GENERAL';
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 6, 'RECOMMEND', 'ما مدى احتمال أن توصي بالجمعية لقريب أو صديق؟', 'How likely are you to recommend the association to a relative or friend?'
FROM sat_template WHERE family = 'GENERAL';
INSERT INTO sat_template_question (template_id, position, question, text_ar, text_en)
SELECT id, 7, 'SUGGESTION', 'هل لديك اقتراح لتحسين خدماتنا؟', 'Do you have a suggestion to improve our services?'
FROM sat_template WHERE family = 'GENERAL';

-- One invitation per closed request (or per kiosk visit). Only the SHA-256 of the token is stored; the
-- reminder carries a second token (its hash in reminder_hash), so both links work until the expiry.
CREATE TABLE sat_invitation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash     CHAR(64)     NOT NULL,
    reminder_hash  CHAR(64),
    template_id    BIGINT       NOT NULL,
    request_id     BIGINT       NOT NULL,
    tracking_number VARCHAR(20) NOT NULL,
    request_type   VARCHAR(20)  NOT NULL,
    channel        VARCHAR(30)  NOT NULL,
    service_code   VARCHAR(40),
    served_by      VARCHAR(64),
    language       VARCHAR(5)   NOT NULL,
    contact_hash   VARCHAR(64),
    kiosk          BOOLEAN      NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    reminded_at    DATETIME(6),
    opened_at      DATETIME(6),
    answered_at    DATETIME(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT sat_invitation_token UNIQUE (token_hash),
    CONSTRAINT sat_invitation_reminder UNIQUE (reminder_hash),
    CONSTRAINT sat_invitation_template FOREIGN KEY (template_id) REFERENCES sat_template (id)
);
CREATE INDEX sat_invitation_status ON sat_invitation (status, expires_at);
CREATE INDEX sat_invitation_request ON sat_invitation (request_id);
CREATE INDEX sat_invitation_created ON sat_invitation (created_at);

-- An answer. request_id is NULL when the person chose not to be linked to their answer (policy §3.6);
-- the invitation row still records that the invitation was answered, so nobody can answer twice.
CREATE TABLE sat_response (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    invitation_id     BIGINT,
    template_id       BIGINT       NOT NULL,
    request_id        BIGINT,
    tracking_number   VARCHAR(20),
    request_type      VARCHAR(20)  NOT NULL,
    channel           VARCHAR(30)  NOT NULL,
    service_code      VARCHAR(40),
    served_by         VARCHAR(64),
    overall           TINYINT,
    speed             TINYINT,
    courtesy          TINYINT,
    clarity           TINYINT,
    effort            TINYINT,
    recommend         TINYINT,
    suggestion        VARCHAR(2000),
    anonymous         BOOLEAN      NOT NULL,
    kiosk             BOOLEAN      NOT NULL,
    answered_at       DATETIME(6)  NOT NULL,
    follow_up         BOOLEAN      NOT NULL,
    suggestion_status VARCHAR(12),
    suggestion_tags   VARCHAR(300),
    version           BIGINT       NOT NULL,
    CONSTRAINT sat_response_invitation UNIQUE (invitation_id),
    CONSTRAINT sat_response_template FOREIGN KEY (template_id) REFERENCES sat_template (id)
);
CREATE INDEX sat_response_answered ON sat_response (answered_at);
CREATE INDEX sat_response_suggestion ON sat_response (suggestion_status);

-- People who asked not to be invited again: a keyed hash of their mobile or e-mail, never the contact.
CREATE TABLE sat_opt_out (
    contact_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at   DATETIME(6) NOT NULL
);

-- The quality officer's settings (one row).
CREATE TABLE sat_settings (
    id                  INT     NOT NULL PRIMARY KEY,
    expiry_days         INT     NOT NULL,
    reminder_after_days INT     NOT NULL,
    min_group_size      INT     NOT NULL,
    low_score           INT     NOT NULL,
    version             BIGINT  NOT NULL
);
INSERT INTO sat_settings (id, expiry_days, reminder_after_days, min_group_size, low_score, version)
VALUES (1, 14, 3, 5, 2, 1);

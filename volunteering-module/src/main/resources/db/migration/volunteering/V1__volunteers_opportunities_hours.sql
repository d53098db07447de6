-- Volunteering (policy §1, §4.6). Every table is prefixed vol_; nothing points into another module.
-- Child key columns of element collections and one-to-many lists may be NULL only because EclipseLink
-- writes those keys after inserting the row.
CREATE TABLE vol_skill (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL
);
INSERT INTO vol_skill (code, name_ar, name_en, active) VALUES
    ('FIELD_VISITS', 'الزيارات الميدانية', 'Field visits', TRUE),
    ('DRIVING', 'القيادة والتوصيل', 'Driving and delivery', TRUE),
    ('PACKING', 'تجهيز السلال وتعبئتها', 'Packing baskets', TRUE),
    ('TEACHING', 'التعليم والتدريس', 'Teaching and tutoring', TRUE),
    ('MEDICAL', 'الرعاية الصحية', 'Health care', TRUE),
    ('IT', 'التقنية والحاسب', 'IT and computers', TRUE),
    ('MEDIA', 'الإعلام والتصوير', 'Media and photography', TRUE),
    ('EVENTS', 'تنظيم الفعاليات', 'Organising events', TRUE),
    ('ADMIN', 'الأعمال الإدارية', 'Office work', TRUE),
    ('SIGN_LANGUAGE', 'لغة الإشارة', 'Sign language', TRUE);

CREATE TABLE vol_volunteer (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(20)   NOT NULL,
    full_name        VARCHAR(200)  NOT NULL,
    id_number_enc    VARCHAR(200)  NOT NULL,
    id_number_hash   CHAR(64)      NOT NULL,
    gender           VARCHAR(10)   NOT NULL,
    birth_date       DATE          NOT NULL,
    mobile           VARCHAR(20)   NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    city             VARCHAR(80)   NOT NULL,
    education        VARCHAR(20)   NOT NULL,
    interests        VARCHAR(500),
    available_days   VARCHAR(80)   NOT NULL,
    available_times  VARCHAR(40)   NOT NULL,
    hours_per_month  INT           NOT NULL,
    experience       VARCHAR(2000),
    language         VARCHAR(5)    NOT NULL,
    consent_at       DATETIME(6)   NOT NULL,
    conduct_at       DATETIME(6)   NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT vol_volunteer_id_hash UNIQUE (id_number_hash),
    CONSTRAINT vol_volunteer_reference UNIQUE (reference)
);
CREATE INDEX vol_volunteer_status ON vol_volunteer (status, created_at);
CREATE INDEX vol_volunteer_city ON vol_volunteer (city);
CREATE INDEX vol_volunteer_email ON vol_volunteer (email);

CREATE TABLE vol_volunteer_skill (
    volunteer_id BIGINT,
    skill_code   VARCHAR(40) NOT NULL,
    CONSTRAINT vol_volunteer_skill_volunteer FOREIGN KEY (volunteer_id) REFERENCES vol_volunteer (id)
);
CREATE INDEX vol_volunteer_skill_idx ON vol_volunteer_skill (skill_code, volunteer_id);

-- The coordinator's review: every move and note, who and when.
CREATE TABLE vol_review (
    volunteer_id BIGINT,
    position     INT          NOT NULL,
    at           DATETIME(6)  NOT NULL,
    by_user      VARCHAR(64)  NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    note         VARCHAR(1000),
    CONSTRAINT vol_review_volunteer FOREIGN KEY (volunteer_id) REFERENCES vol_volunteer (id)
);
CREATE INDEX vol_review_idx ON vol_review (volunteer_id, position);

-- Personal sign-in links: one-time tokens (only the SHA-256 is kept) that open a volunteer session.
CREATE TABLE vol_access_link (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    volunteer_id BIGINT      NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT vol_access_link_token UNIQUE (token_hash),
    CONSTRAINT vol_access_link_volunteer FOREIGN KEY (volunteer_id) REFERENCES vol_volunteer (id)
);

CREATE TABLE vol_opportunity (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000),
    place            VARCHAR(200)  NOT NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    recurrence       VARCHAR(200),
    places           INT           NOT NULL,
    taken            INT           NOT NULL,
    request_tracking VARCHAR(20),
    cancelled        BOOLEAN       NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX vol_opportunity_starts ON vol_opportunity (starts_at);

CREATE TABLE vol_opportunity_skill (
    opportunity_id BIGINT,
    skill_code     VARCHAR(40) NOT NULL,
    CONSTRAINT vol_opportunity_skill_opportunity FOREIGN KEY (opportunity_id) REFERENCES vol_opportunity (id)
);

-- Who takes part. One row per volunteer and opportunity; places are counted under a lock on the
-- opportunity, so two people can never both take the last place.
CREATE TABLE vol_signup (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    opportunity_id BIGINT      NOT NULL,
    volunteer_id   BIGINT      NOT NULL,
    status         VARCHAR(12) NOT NULL,
    invited        BOOLEAN     NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT vol_signup_once UNIQUE (opportunity_id, volunteer_id),
    CONSTRAINT vol_signup_opportunity FOREIGN KEY (opportunity_id) REFERENCES vol_opportunity (id),
    CONSTRAINT vol_signup_volunteer FOREIGN KEY (volunteer_id) REFERENCES vol_volunteer (id)
);
CREATE INDEX vol_signup_volunteer_idx ON vol_signup (volunteer_id);

CREATE TABLE vol_hours (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    volunteer_id   BIGINT        NOT NULL,
    opportunity_id BIGINT        NOT NULL,
    worked_on      DATE          NOT NULL,
    hours          DECIMAL(5, 2) NOT NULL,
    note           VARCHAR(500),
    logged_by      VARCHAR(64)   NOT NULL,
    logged_at      DATETIME(6)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    reviewed_by    VARCHAR(64),
    reviewed_at    DATETIME(6),
    version        BIGINT        NOT NULL,
    CONSTRAINT vol_hours_volunteer FOREIGN KEY (volunteer_id) REFERENCES vol_volunteer (id),
    CONSTRAINT vol_hours_opportunity FOREIGN KEY (opportunity_id) REFERENCES vol_opportunity (id)
);
CREATE INDEX vol_hours_status ON vol_hours (status, logged_at);
CREATE INDEX vol_hours_volunteer_idx ON vol_hours (volunteer_id, worked_on);

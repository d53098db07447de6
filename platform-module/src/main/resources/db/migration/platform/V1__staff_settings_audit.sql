-- Platform tables: staff accounts and roles, the association profile, the audit log.
-- Written for MariaDB 10.11 and for H2 2.x in MODE=MariaDB (the zero-configuration default).

CREATE TABLE plt_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(254),
    password_hash        VARCHAR(512) NOT NULL,
    active               BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    preferred_language   VARCHAR(8)   NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    last_sign_in_at      DATETIME(6),
    version              BIGINT       NOT NULL,
    CONSTRAINT plt_user_username_uk UNIQUE (username)
);

CREATE TABLE plt_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    CONSTRAINT plt_user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT plt_user_role_user_fk FOREIGN KEY (user_id) REFERENCES plt_user (id) ON DELETE CASCADE
);

CREATE TABLE plt_association_profile (
    id                        INT          NOT NULL PRIMARY KEY,
    name_ar                   VARCHAR(200) NOT NULL,
    name_en                   VARCHAR(200) NOT NULL,
    board_chair_ar            VARCHAR(200),
    board_chair_en            VARCHAR(200),
    policy_approval_reference VARCHAR(300),
    decision_period_days      INT          NOT NULL,
    enabled_channels          VARCHAR(400) NOT NULL,
    logo                      LONGBLOB,
    logo_content_type         VARCHAR(50),
    updated_at                DATETIME(6),
    updated_by                VARCHAR(64),
    version                   BIGINT       NOT NULL
);

-- The profile of the association that adopted the policy (policy §6); every field is editable on the
-- settings page, and nothing in the code depends on these values.
INSERT INTO plt_association_profile (id, name_ar, name_en, board_chair_ar, board_chair_en,
                                     policy_approval_reference, decision_period_days, enabled_channels, version)
VALUES (1, 'جمعية اكتفاء الأهلية', 'Ektefaa Charitable Association',
        'د. محمود محمد زين العايش', 'Dr. Mahmoud Mohammed Zain Al-Ayesh',
        'مجلس الإدارة، الدورة الرابعة، الاجتماع رقم 24-1 بتاريخ 2024-04-24', 14,
        'IN_PERSON_INTERVIEW,PHONE_CALL,SOCIAL_MEDIA,LETTER,HELP_REQUEST_SERVICE,VOLUNTEERING_SERVICE,WEBSITE', 0);

CREATE TABLE plt_audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(64),
    target_id   VARCHAR(64),
    detail      VARCHAR(1000)
);
CREATE INDEX plt_audit_log_target_ix ON plt_audit_log (target_type, target_id);
CREATE INDEX plt_audit_log_time_ix ON plt_audit_log (occurred_at);

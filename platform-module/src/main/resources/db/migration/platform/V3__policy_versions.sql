-- Approved versions of the beneficiary-relationship policy (issue: policy versions): the version in force on a
-- day is the latest approved on or before it. The first is the policy the association adopted (meeting 24-1).
CREATE TABLE plt_policy_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    label              VARCHAR(60)   NOT NULL,
    approval_reference VARCHAR(300)  NOT NULL,
    approved_on        DATE          NOT NULL,
    summary            VARCHAR(2000),
    recorded_by        VARCHAR(64)   NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT plt_policy_version_label UNIQUE (label)
);
INSERT INTO plt_policy_version (label, approval_reference, approved_on, summary, recorded_by, recorded_at)
VALUES ('1', 'مجلس الإدارة، الدورة الرابعة، الاجتماع رقم 24-1', DATE '2024-04-24',
        'سياسة تنظيم العلاقة مع المستفيدين', 'system', CURRENT_TIMESTAMP);

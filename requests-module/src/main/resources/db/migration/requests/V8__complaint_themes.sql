-- Complaints are resolved with a theme from a list the association keeps and whether the complaint was upheld,
-- so the board's report can show themes and outcomes (policy §3.5, §6).
CREATE TABLE req_complaint_theme (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO req_complaint_theme (code, name_ar, name_en, active) VALUES
    ('WAITING', 'طول الانتظار أو التأخر في الرد', 'Waiting or late replies', TRUE),
    ('CONDUCT', 'تعامل الموظفين', 'How staff behaved', TRUE),
    ('SERVICE_QUALITY', 'جودة الخدمة المقدمة', 'Quality of the service delivered', TRUE),
    ('COMMUNICATION', 'وضوح المعلومات والتواصل', 'Clarity of information and contact', TRUE),
    ('DECISION', 'الاعتراض على قرار', 'Objection to a decision', TRUE),
    ('OTHER', 'أخرى', 'Other', TRUE);

ALTER TABLE req_request ADD COLUMN complaint_theme VARCHAR(40);
ALTER TABLE req_request ADD COLUMN complaint_upheld BOOLEAN;

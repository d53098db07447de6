-- Rejection reasons from a list the association keeps (plus free text), and the language the applicant
-- reads, so that what they are told comes in their language.
CREATE TABLE req_rejection_reason (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL
);
INSERT INTO req_rejection_reason (code, name_ar, name_en, active) VALUES
    ('NOT_ELIGIBLE', 'لا تنطبق شروط الاستحقاق', 'The eligibility conditions are not met', TRUE),
    ('INCOME_ABOVE_THRESHOLD', 'الدخل يتجاوز الحد المعتمد', 'The income is above the approved threshold', TRUE),
    ('OUTSIDE_AREA', 'السكن خارج نطاق خدمة الجمعية', 'The home is outside the area the association serves', TRUE),
    ('SERVED_ELSEWHERE', 'الخدمة مقدمة من جهة أخرى', 'The service is already provided by another body', TRUE),
    ('INCOMPLETE_DOCUMENTS', 'لم تُستكمل المستندات المطلوبة', 'The required documents were not completed', TRUE),
    ('BUDGET', 'عدم توفر الميزانية حاليًا', 'No budget is available at present', TRUE);

ALTER TABLE req_request ADD COLUMN rejection_code VARCHAR(40);
ALTER TABLE req_request ADD COLUMN language VARCHAR(8);

-- The service catalogue (policy §5.6) and each delivery of a service: partial and recurring deliveries
-- (a monthly food basket) are several rows of one request. request_id may be NULL only because
-- EclipseLink writes a unidirectional one-to-many's key after inserting the row.
CREATE TABLE req_service (
    code      VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar   VARCHAR(120) NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    unit_ar   VARCHAR(40)  NOT NULL,
    unit_en   VARCHAR(40)  NOT NULL,
    recurring BOOLEAN      NOT NULL,
    active    BOOLEAN      NOT NULL
);
INSERT INTO req_service (code, name_ar, name_en, unit_ar, unit_en, recurring, active) VALUES
    ('FOOD_BASKET', 'سلة غذائية', 'Food basket', 'سلة', 'basket', TRUE, TRUE),
    ('RENT', 'سداد إيجار', 'Rent', 'ريال', 'SAR', FALSE, TRUE),
    ('BILLS', 'سداد فواتير', 'Bills', 'ريال', 'SAR', FALSE, TRUE),
    ('MEDICAL', 'مساعدة علاجية', 'Medical aid', 'ريال', 'SAR', FALSE, TRUE),
    ('EDUCATION', 'مساعدة تعليمية', 'Education aid', 'ريال', 'SAR', FALSE, TRUE),
    ('CASH_AID', 'مساعدة نقدية', 'Cash aid', 'ريال', 'SAR', TRUE, TRUE);

ALTER TABLE req_request ADD COLUMN service_code VARCHAR(40);

CREATE TABLE req_delivery (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT,
    delivered_on DATE           NOT NULL,
    quantity     DECIMAL(12, 2) NOT NULL,
    note         VARCHAR(500),
    delivered_by VARCHAR(64)    NOT NULL,
    recorded_at  DATETIME(6)    NOT NULL,
    CONSTRAINT req_delivery_request_fk FOREIGN KEY (request_id) REFERENCES req_request (id)
);
CREATE INDEX req_delivery_request_ix ON req_delivery (request_id);

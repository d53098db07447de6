-- The beneficiary file (policy §5.1–§5.5). Identity numbers and IBANs are stored encrypted (AES-GCM);
-- id_number_hash is a keyed hash for lookups and uniqueness. MariaDB 10.11 and H2 2.x (MODE=MariaDB).
-- Child tables' beneficiary_id may be NULL only because EclipseLink writes a unidirectional one-to-many's
-- key after inserting the row; the foreign keys still hold.

CREATE TABLE ben_category (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL,
    version BIGINT       NOT NULL
);

CREATE TABLE ben_document_type (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL
);

CREATE TABLE ben_category_document (
    category_code VARCHAR(40) NOT NULL,
    document_code VARCHAR(40) NOT NULL,
    CONSTRAINT ben_category_document_pk PRIMARY KEY (category_code, document_code),
    CONSTRAINT ben_category_document_category_fk FOREIGN KEY (category_code) REFERENCES ben_category (code),
    CONSTRAINT ben_category_document_type_fk FOREIGN KEY (document_code) REFERENCES ben_document_type (code)
);

CREATE TABLE ben_beneficiary (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_number  VARCHAR(20),
    first_name          VARCHAR(60),
    father_name         VARCHAR(60),
    grandfather_name    VARCHAR(60),
    family_name         VARCHAR(60),
    name_en             VARCHAR(200),
    search_name         VARCHAR(300)  NOT NULL,
    id_type             VARCHAR(20)   NOT NULL,
    id_number_enc       VARCHAR(200)  NOT NULL,
    id_number_hash      CHAR(64)      NOT NULL,
    id_last4            VARCHAR(4)    NOT NULL,
    id_expiry           DATE,
    nationality         VARCHAR(60),
    gender              VARCHAR(10),
    birth_date          DATE,
    marital_status      VARCHAR(20),
    mobile              VARCHAR(20),
    email               VARCHAR(254),
    city                VARCHAR(80),
    district            VARCHAR(80),
    address             VARCHAR(300),
    category_code       VARCHAR(40),
    housing             VARCHAR(20),
    monthly_rent        DECIMAL(12, 2),
    iban_enc            VARCHAR(200),
    channel             VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    consent_purpose     VARCHAR(300),
    consent_at          DATETIME(6),
    declaration_version VARCHAR(40),
    signature_method    VARCHAR(10),
    signed_name         VARCHAR(250),
    signature_drawing   LONGTEXT,
    signed_at           DATETIME(6),
    signature_witness   VARCHAR(64),
    decision_reason     VARCHAR(500),
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT ben_beneficiary_id_uk UNIQUE (id_number_hash),
    CONSTRAINT ben_beneficiary_number_uk UNIQUE (beneficiary_number)
);
CREATE INDEX ben_beneficiary_search_ix ON ben_beneficiary (search_name);
CREATE INDEX ben_beneficiary_status_ix ON ben_beneficiary (status, id);
CREATE INDEX ben_beneficiary_mobile_ix ON ben_beneficiary (mobile);
CREATE INDEX ben_beneficiary_birth_ix ON ben_beneficiary (birth_date);

CREATE TABLE ben_household_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT,
    full_name      VARCHAR(200) NOT NULL,
    relation       VARCHAR(20)  NOT NULL,
    id_number_enc  VARCHAR(200),
    birth_date     DATE,
    disability     BOOLEAN      NOT NULL,
    occupation     VARCHAR(20),
    CONSTRAINT ben_household_member_file_fk FOREIGN KEY (beneficiary_id) REFERENCES ben_beneficiary (id)
);

CREATE TABLE ben_income (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT,
    type           VARCHAR(30)    NOT NULL,
    monthly_amount DECIMAL(12, 2) NOT NULL,
    CONSTRAINT ben_income_file_fk FOREIGN KEY (beneficiary_id) REFERENCES ben_beneficiary (id)
);

CREATE TABLE ben_verification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT,
    item_code      VARCHAR(40) NOT NULL,
    verified_by    VARCHAR(64) NOT NULL,
    verified_at    DATETIME(6) NOT NULL,
    CONSTRAINT ben_verification_file_fk FOREIGN KEY (beneficiary_id) REFERENCES ben_beneficiary (id)
);

CREATE TABLE ben_file_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT,
    kind           VARCHAR(20)   NOT NULL,
    to_status      VARCHAR(20),
    actor          VARCHAR(64)   NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    note           VARCHAR(1000),
    CONSTRAINT ben_file_event_file_fk FOREIGN KEY (beneficiary_id) REFERENCES ben_beneficiary (id)
);

CREATE TABLE ben_document (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT       NOT NULL,
    document_type  VARCHAR(40)  NOT NULL,
    stored_name    VARCHAR(80)  NOT NULL,
    original_name  VARCHAR(255),
    content_type   VARCHAR(40)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_by    VARCHAR(64)  NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT ben_document_stored_uk UNIQUE (stored_name),
    CONSTRAINT ben_document_file_fk FOREIGN KEY (beneficiary_id) REFERENCES ben_beneficiary (id)
);

CREATE TABLE ben_access_log (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT      NOT NULL,
    actor          VARCHAR(64) NOT NULL,
    action         VARCHAR(20) NOT NULL,
    occurred_at    DATETIME(6) NOT NULL
);
CREATE INDEX ben_access_log_file_ix ON ben_access_log (beneficiary_id, occurred_at);

INSERT INTO ben_document_type (code, name_ar, name_en) VALUES
    ('ID_CARD', 'صورة الهوية الوطنية أو الإقامة', 'National ID or Iqama card'),
    ('FAMILY_RECORD', 'صورة سجل الأسرة', 'Family record'),
    ('DEATH_CERTIFICATE', 'شهادة وفاة العائل', 'Death certificate of the provider'),
    ('DIVORCE_DEED', 'صك الطلاق', 'Divorce deed'),
    ('MEDICAL_REPORT', 'تقرير طبي', 'Medical report'),
    ('LEASE', 'عقد الإيجار', 'Lease contract'),
    ('INCOME_STATEMENT', 'تعريف بالراتب أو مشهد الضمان', 'Salary or social-security statement'),
    ('BANK_LETTER', 'خطاب الآيبان من البنك', 'Bank IBAN letter'),
    ('PRISON_LETTER', 'خطاب من إدارة السجون', 'Letter from the prisons directorate');

INSERT INTO ben_category (code, name_ar, name_en, active, version) VALUES
    ('ORPHANS', 'أسر الأيتام', 'Orphans'' families', TRUE, 0),
    ('WIDOWS', 'الأرامل', 'Widows', TRUE, 0),
    ('DIVORCED', 'المطلقات', 'Divorced women', TRUE, 0),
    ('ELDERLY', 'كبار السن', 'Elderly', TRUE, 0),
    ('DISABILITY', 'ذوو الإعاقة', 'People with disabilities', TRUE, 0),
    ('LOW_INCOME', 'الأسر ذات الدخل المحدود', 'Low-income families', TRUE, 0),
    ('PRISONERS_FAMILIES', 'أسر السجناء', 'Prisoners'' families', TRUE, 0);

INSERT INTO ben_category_document (category_code, document_code) VALUES
    ('ORPHANS', 'ID_CARD'), ('ORPHANS', 'FAMILY_RECORD'), ('ORPHANS', 'DEATH_CERTIFICATE'),
    ('WIDOWS', 'ID_CARD'), ('WIDOWS', 'DEATH_CERTIFICATE'),
    ('DIVORCED', 'ID_CARD'), ('DIVORCED', 'DIVORCE_DEED'),
    ('ELDERLY', 'ID_CARD'),
    ('DISABILITY', 'ID_CARD'), ('DISABILITY', 'MEDICAL_REPORT'),
    ('LOW_INCOME', 'ID_CARD'), ('LOW_INCOME', 'FAMILY_RECORD'), ('LOW_INCOME', 'INCOME_STATEMENT'),
    ('PRISONERS_FAMILIES', 'ID_CARD'), ('PRISONERS_FAMILIES', 'PRISON_LETTER');

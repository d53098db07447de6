-- Fields a category requires beyond those every file needs (e.g. orphans' families: the household).
CREATE TABLE ben_category_field (
    category_code VARCHAR(40) NOT NULL,
    field_code    VARCHAR(40) NOT NULL,
    CONSTRAINT ben_category_field_pk PRIMARY KEY (category_code, field_code),
    CONSTRAINT ben_category_field_category_fk FOREIGN KEY (category_code) REFERENCES ben_category (code)
);
INSERT INTO ben_category_field (category_code, field_code) VALUES
    ('ORPHANS', 'household'), ('LOW_INCOME', 'household'), ('LOW_INCOME', 'income'), ('PRISONERS_FAMILIES', 'household');

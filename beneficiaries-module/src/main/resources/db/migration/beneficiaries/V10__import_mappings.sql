-- Issue #25: a mapping of spreadsheet headings to the file's fields, saved under a name and proposed again for the
-- next file with the same headings. One line per heading: the heading as compared (folded), a tab, the field.
CREATE TABLE ben_import_mapping (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(120)  NOT NULL,
    columns_text VARCHAR(8000) NOT NULL,
    saved_by     VARCHAR(100)  NOT NULL,
    saved_at     DATETIME(6)   NOT NULL,
    CONSTRAINT ben_import_mapping_name_uk UNIQUE (name)
);

-- Photos a researcher takes at a home visit (issue #26): JPEG or PNG, checked by content, kept sealed in the file
-- store outside the web root under a random name (stored_name), like the file's documents; at most six a visit.
CREATE TABLE elg_visit_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id     BIGINT       NOT NULL,
    stored_name  VARCHAR(100) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    added_by     VARCHAR(64)  NOT NULL,
    added_at     DATETIME(6)  NOT NULL,
    CONSTRAINT elg_visit_photo_visit FOREIGN KEY (visit_id) REFERENCES elg_visit (id)
);
CREATE INDEX elg_visit_photo_idx ON elg_visit_photo (visit_id, id);

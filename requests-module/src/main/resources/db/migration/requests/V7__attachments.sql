-- Files handed in with a request (a bill, a medical report), stored under random names outside the web root.
CREATE TABLE req_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    stored_name  CHAR(36)     NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT req_attachment_request FOREIGN KEY (request_id) REFERENCES req_request (id)
);
CREATE INDEX req_attachment_request_idx ON req_attachment (request_id);

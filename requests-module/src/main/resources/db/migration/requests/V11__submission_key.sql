-- A form sent twice (a double click, a replayed post) makes one request: the key the form carried is unique.
ALTER TABLE req_request ADD COLUMN submission_key VARCHAR(36) NULL;
CREATE UNIQUE INDEX req_request_submission_uk ON req_request (submission_key);

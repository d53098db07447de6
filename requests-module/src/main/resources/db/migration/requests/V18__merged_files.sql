-- Issue #24: the requests of a beneficiary file merged into another follow it to the kept file; each one moved is
-- remembered with the merge, so that undoing the merge moves exactly those back.
CREATE TABLE req_merged_request (
    request_id  BIGINT NOT NULL PRIMARY KEY,
    merged_file BIGINT NOT NULL,
    kept_file   BIGINT NOT NULL,
    CONSTRAINT req_merged_request_fk FOREIGN KEY (request_id) REFERENCES req_request (id)
);
CREATE INDEX req_merged_request_file_ix ON req_merged_request (merged_file);

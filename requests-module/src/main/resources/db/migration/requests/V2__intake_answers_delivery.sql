-- Requests from anyone on any channel: the applicant's name and mobile when not registered, the text,
-- the answer to an inquiry, suggestion or complaint, what was delivered, and when it was closed.
ALTER TABLE req_request ADD COLUMN details VARCHAR(4000);
ALTER TABLE req_request ADD COLUMN applicant_name VARCHAR(200);
ALTER TABLE req_request ADD COLUMN applicant_mobile VARCHAR(20);
ALTER TABLE req_request ADD COLUMN answer VARCHAR(4000);
ALTER TABLE req_request ADD COLUMN delivered_what VARCHAR(500);
ALTER TABLE req_request ADD COLUMN closed_at DATETIME(6);
CREATE INDEX req_request_received_ix ON req_request (created_at);

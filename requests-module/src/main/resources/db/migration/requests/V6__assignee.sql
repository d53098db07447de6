-- Who on the staff looks after a request ("assigned to me" in the request list).
ALTER TABLE req_request ADD COLUMN assigned_to VARCHAR(64);
CREATE INDEX req_request_assigned ON req_request (assigned_to, status);

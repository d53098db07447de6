-- What a support request asks for (issue #21): how many of the service's unit, or how much money — the executive
-- decides on it, and the queue shows it on every row.
ALTER TABLE req_request ADD requested_quantity DECIMAL(12, 2);

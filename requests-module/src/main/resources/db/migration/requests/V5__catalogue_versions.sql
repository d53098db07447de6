-- The service catalogue and the rejection reasons are edited by administrators: optimistic locking.
ALTER TABLE req_service ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE req_rejection_reason ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Improvement actions can be corrected and withdrawn (issue #22): a version for optimistic locking, and who withdrew
-- one, when and why. A withdrawn action stays on the quality officer's list, struck through, and leaves the board report.
ALTER TABLE rep_action ADD version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rep_action ADD withdrawn_at DATETIME(6);
ALTER TABLE rep_action ADD withdrawn_by VARCHAR(64);
ALTER TABLE rep_action ADD withdrawn_reason VARCHAR(500);

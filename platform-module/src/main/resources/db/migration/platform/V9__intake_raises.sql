-- Whether reception's intake raises a support request to executive management in the same step (issue #21):
-- an association whose reception checks the applicant at the desk skips the separate "raise" step.
ALTER TABLE plt_association_profile ADD COLUMN raise_at_intake BOOLEAN NOT NULL DEFAULT FALSE;

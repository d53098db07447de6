-- Issue #24: a file found to be the same person as another is merged into it: it stays, with its own history, marked
-- as merged into the kept file (whose page lists it), out of the search, until the merge is undone (within 30 days).
ALTER TABLE ben_beneficiary ADD COLUMN merged_into BIGINT;
ALTER TABLE ben_beneficiary ADD COLUMN merged_at DATETIME(6);
CREATE INDEX ben_beneficiary_merged_ix ON ben_beneficiary (merged_into);

-- Skills become a coded list like the others (platform.api.CodedEntry): versioned so that two administrators
-- cannot overwrite each other.
ALTER TABLE vol_skill ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

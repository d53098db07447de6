-- Document kinds become a coded list like the others (platform.api.CodedEntry): withdrawable, and versioned so that
-- two administrators cannot overwrite each other.
ALTER TABLE ben_document_type ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE ben_document_type ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Issue #24: the name search reads an index instead of scanning every file's name. Each file's names give keys
-- (org.ektefaa.platform.api.saudi.NameKeys: a word's folded Arabic spelling, its Latin skeleton, the skeletons of a
-- Latin name), kept with the file whenever its names change; a search looks each word up here. The same table on H2
-- and MariaDB, in the database every server shares (no index kept in one server's memory).
CREATE TABLE ben_name_key (
    name_key       VARCHAR(64) NOT NULL,
    beneficiary_id BIGINT      NOT NULL,
    PRIMARY KEY (name_key, beneficiary_id),
    CONSTRAINT ben_name_key_file_fk FOREIGN KEY (beneficiary_id) REFERENCES ben_beneficiary (id) ON DELETE CASCADE
);
CREATE INDEX ben_name_key_by_file ON ben_name_key (beneficiary_id);

-- which version of the keys a file has: files kept before (0) are keyed in the background after start-up
-- (NameIndex), and again whenever the way names are keyed changes
ALTER TABLE ben_beneficiary ADD COLUMN name_keys_version SMALLINT NOT NULL DEFAULT 0;
CREATE INDEX ben_beneficiary_name_keys_ix ON ben_beneficiary (name_keys_version, id);

-- Issue #24: files that may be the same person, found at registration and every night, each pair with why (the same
-- identity number in the other file, the same IBAN, a matching name with the same birth date, a household member in
-- both files, the same mobile) and ranked; an officer resolves each: not the same person (remembered), or merged.
CREATE TABLE ben_duplicate (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id     BIGINT       NOT NULL,
    other_id    BIGINT       NOT NULL,
    reasons     VARCHAR(200) NOT NULL,
    score       INT          NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    found_at    DATETIME(6)  NOT NULL,
    resolved_by VARCHAR(64),
    resolved_at DATETIME(6),
    note        VARCHAR(500),
    version     BIGINT       NOT NULL,
    CONSTRAINT ben_duplicate_pair_uk UNIQUE (file_id, other_id),
    CONSTRAINT ben_duplicate_file_fk FOREIGN KEY (file_id) REFERENCES ben_beneficiary (id) ON DELETE CASCADE,
    CONSTRAINT ben_duplicate_other_fk FOREIGN KEY (other_id) REFERENCES ben_beneficiary (id) ON DELETE CASCADE
);
CREATE INDEX ben_duplicate_other_ix ON ben_duplicate (other_id);
CREATE INDEX ben_duplicate_status_ix ON ben_duplicate (status, score);

-- a household member's identity number, hashed as the applicant's is, so that a person listed in two households (or
-- registered and listed in another's) is found; members kept before are hashed in the background (NameIndex)
ALTER TABLE ben_household_member ADD COLUMN id_number_hash CHAR(64);
CREATE INDEX ben_household_member_id_ix ON ben_household_member (id_number_hash);

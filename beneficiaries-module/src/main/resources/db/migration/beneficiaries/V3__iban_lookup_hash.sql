-- A keyed hash of the IBAN (the IBAN itself stays encrypted), to find files that share a bank account.
ALTER TABLE ben_beneficiary ADD COLUMN iban_hash CHAR(64);
CREATE INDEX ben_beneficiary_iban_ix ON ben_beneficiary (iban_hash);

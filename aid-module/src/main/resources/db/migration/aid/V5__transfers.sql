-- Bank transfers (issue #27, the fourth step): a round of a programme paid in riyals may be a transfer batch instead of
-- a collection at a point — exported for the bank (beneficiary, IBAN, amount, reference), each line then marked paid
-- (written to the ledger) or refused by the bank with its reason (the instalment waits for another batch).
-- MariaDB 10.11 and H2 2.x (MODE=MariaDB).

ALTER TABLE aid_round ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'COLLECTION';
ALTER TABLE aid_instalment ADD COLUMN bank_refusal VARCHAR(200);

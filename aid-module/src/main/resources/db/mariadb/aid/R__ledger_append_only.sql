-- The aid ledger is kept at least ten years as written (issue #27; the 2026 regulation of associations): nobody changes
-- or removes a row of it, not even through the application's own database account. MariaDB only (db/mariadb is read on
-- MariaDB and MySQL); the embedded database for trying Ektefaa out keeps the application's own rule (no update, no
-- delete in the code, LedgerImmutabilityTest) and the chain, whose nightly check finds a row changed or removed.
DROP TRIGGER IF EXISTS aid_disbursement_no_update;
DROP TRIGGER IF EXISTS aid_disbursement_no_delete;
CREATE TRIGGER aid_disbursement_no_update BEFORE UPDATE ON aid_disbursement FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aid_disbursement is append-only';
CREATE TRIGGER aid_disbursement_no_delete BEFORE DELETE ON aid_disbursement FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aid_disbursement is append-only';

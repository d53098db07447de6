-- Who opened, revealed or exported which beneficiary's file (PDPL): nobody changes or removes a line of it, not
-- even through the application's own database account (issue #10). MariaDB only, as db/mariadb/platform.
DROP TRIGGER IF EXISTS ben_access_log_no_update;
DROP TRIGGER IF EXISTS ben_access_log_no_delete;
CREATE TRIGGER ben_access_log_no_update BEFORE UPDATE ON ben_access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ben_access_log is append-only';
CREATE TRIGGER ben_access_log_no_delete BEFORE DELETE ON ben_access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ben_access_log is append-only';

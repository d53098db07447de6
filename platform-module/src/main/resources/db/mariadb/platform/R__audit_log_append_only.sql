-- The audit log answers "who did what": nobody changes or removes a line of it, not even through the
-- application's own database account (issue #10). MariaDB only (db/mariadb is read on MariaDB and MySQL); the
-- embedded database for trying Ektefaa out keeps the application's own rule (no update, no delete in the code).
DROP TRIGGER IF EXISTS plt_audit_log_no_update;
DROP TRIGGER IF EXISTS plt_audit_log_no_delete;
CREATE TRIGGER plt_audit_log_no_update BEFORE UPDATE ON plt_audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'plt_audit_log is append-only';
CREATE TRIGGER plt_audit_log_no_delete BEFORE DELETE ON plt_audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'plt_audit_log is append-only';

-- Sessions follow the account (issue #17): a session remembers the generation it signed in with, and a password
-- change or reset moves the account to the next generation, which ends every older session on every server.
-- A temporary password (new account, reset) stops working when it expires.
ALTER TABLE plt_user ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
ALTER TABLE plt_user ADD COLUMN password_expires_at DATETIME(6);

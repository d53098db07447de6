-- The name index's keys compare letter for letter (issue #24): they are folded already (NameKeys), and a collation
-- that folds more (utf8mb4_unicode_ci, the database's default) could make two keys of one file collide in the
-- primary key. MariaDB only: H2 compares strings exactly anyway.
ALTER TABLE ben_name_key MODIFY name_key VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

-- The outbox keeps no usable secret (issue #17): recipients and texts are sealed with the field key while they
-- wait, which makes them longer; once sent, the text is dropped and the recipient kept masked. Messages already
-- sent before this version lose their text (and any live link in it) here; their recipients are masked.
ALTER TABLE plt_outbox MODIFY COLUMN recipient VARCHAR(1000) NOT NULL;
ALTER TABLE plt_outbox MODIFY COLUMN body LONGTEXT NULL;
UPDATE plt_outbox SET body = NULL,
    recipient = CASE WHEN LOCATE('@', recipient) > 1
                     THEN CONCAT(LEFT(recipient, 1), '***', SUBSTRING(recipient, LOCATE('@', recipient)))
                     ELSE CONCAT(REPEAT('*', GREATEST(CHAR_LENGTH(recipient) - 4, 0)), RIGHT(recipient, 4)) END
WHERE status = 'SENT';

-- Texts of the messages sent to people (notices, survey invitations, volunteer e-mails) as the administrator
-- rewrote them; a text not here is the module's own (its bundle).
CREATE TABLE plt_message_text (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    bundle     VARCHAR(120)  NOT NULL,
    text_key   VARCHAR(120)  NOT NULL,
    language   VARCHAR(5)    NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    changed_by VARCHAR(64)   NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT plt_message_text_once UNIQUE (bundle, text_key, language)
);

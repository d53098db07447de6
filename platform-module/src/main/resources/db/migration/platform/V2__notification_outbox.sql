-- Messages to people (e-mail, SMS), written in the transaction that decided to send them and sent by a
-- timer with retries, so that none is lost when a mail server or SMS gateway is down.
CREATE TABLE plt_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel         VARCHAR(10)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300),
    body            VARCHAR(4000) NOT NULL,
    reference       VARCHAR(60),
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(500),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)
);
CREATE INDEX plt_outbox_due_ix ON plt_outbox (status, next_attempt_at);

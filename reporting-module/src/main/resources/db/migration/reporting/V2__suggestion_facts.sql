-- Suggestions written in surveys and what became of them (policy §3.7): status and themes, no text, no person.
CREATE TABLE rep_suggestion_fact (
    response_id BIGINT       NOT NULL PRIMARY KEY,
    answered_at DATETIME(6)  NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    tags        VARCHAR(300)
);
CREATE INDEX rep_suggestion_answered ON rep_suggestion_fact (answered_at);

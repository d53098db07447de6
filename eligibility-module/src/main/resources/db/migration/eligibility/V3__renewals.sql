-- A registered file's eligibility period and its renewal (issue #26, deliver 4): until when the file's eligibility
-- holds (the category's period from registration, then from each renewal), when the person was asked to bring their
-- updated income and documents, and when it was last renewed. One row per registered file; corrections and other
-- assessments in between carry valid_until forward, only a renewal moves it.
CREATE TABLE elg_renewal (
    file_id         BIGINT         PRIMARY KEY,
    valid_until     DATE           NOT NULL,
    registered_at   DATETIME(6)    NOT NULL,
    asked_at        DATETIME(6),
    asked_by        VARCHAR(64),
    renewed_at      DATETIME(6),
    renewed_by      VARCHAR(64),
    income_declared DECIMAL(12, 2),
    times_renewed   INT            NOT NULL,
    version         BIGINT         NOT NULL
);
CREATE INDEX elg_renewal_due ON elg_renewal (valid_until, file_id);

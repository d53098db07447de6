-- Daily summaries of the facts (issue #19): the policy page and the reports read a few rows per day of the period
-- instead of every fact in it. One row per local day (in the application's time zone), measure and key, with a
-- count: requests received per channel and per type, deliveries of the requests received that day, requests closed,
-- inquiries received that day and closed since (key: the days it took), decisions (key: days to decision, deadline
-- met, approved), survey invitations, and each score of the day's answers (overall also per channel and service,
-- key "channel:score"). Kept in the transaction of each event with the fact it changes (DailyFacts); rebuilt from the
-- facts at start-up whenever built_at is NULL (after this migration, or after facts were written by hand).
CREATE TABLE rep_daily_figures (
    on_day     DATE        NOT NULL,
    measure    VARCHAR(16) NOT NULL,
    group_key  VARCHAR(80) NOT NULL,
    n          BIGINT      NOT NULL,
    PRIMARY KEY (measure, on_day, group_key)
);

CREATE TABLE rep_figures_state (
    id        INT         NOT NULL PRIMARY KEY,
    zone      VARCHAR(64),
    built_at  DATETIME(6)
);
INSERT INTO rep_figures_state (id, zone, built_at) VALUES (1, NULL, NULL);

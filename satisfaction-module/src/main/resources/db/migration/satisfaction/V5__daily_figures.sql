-- Daily summaries of the satisfaction figures (issue #19): the indicators, their breakdowns, the twelve-month trend and
-- an employee's own figures read a few rows per day of the period instead of every answer and invitation in it.
-- One row per local day (in the application's time zone), breakdown (ALL, CHANNEL, TYPE, SERVICE, STAFF) and key
-- ('' for ALL, and for answers with no service or no employee), with how many were invited that day and how many
-- of those invitations were answered since, the follow-ups opened by that day's answers, and how many of that
-- day's answers gave each score. Kept in the transaction of each invitation and answer (DailyFigures); rebuilt from
-- the raw rows at start-up whenever built_at is NULL (after this migration, or after rows were written by hand).
CREATE TABLE sat_daily_figures (
    on_day        DATE        NOT NULL,
    breakdown     VARCHAR(8)  NOT NULL,
    group_key     VARCHAR(64) NOT NULL,
    invited       BIGINT      NOT NULL DEFAULT 0,
    answered      BIGINT      NOT NULL DEFAULT 0,
    follow_ups    BIGINT      NOT NULL DEFAULT 0,
    overall_1     BIGINT      NOT NULL DEFAULT 0,
    overall_2     BIGINT      NOT NULL DEFAULT 0,
    overall_3     BIGINT      NOT NULL DEFAULT 0,
    overall_4     BIGINT      NOT NULL DEFAULT 0,
    overall_5     BIGINT      NOT NULL DEFAULT 0,
    recommend_0   BIGINT      NOT NULL DEFAULT 0,
    recommend_1   BIGINT      NOT NULL DEFAULT 0,
    recommend_2   BIGINT      NOT NULL DEFAULT 0,
    recommend_3   BIGINT      NOT NULL DEFAULT 0,
    recommend_4   BIGINT      NOT NULL DEFAULT 0,
    recommend_5   BIGINT      NOT NULL DEFAULT 0,
    recommend_6   BIGINT      NOT NULL DEFAULT 0,
    recommend_7   BIGINT      NOT NULL DEFAULT 0,
    recommend_8   BIGINT      NOT NULL DEFAULT 0,
    recommend_9   BIGINT      NOT NULL DEFAULT 0,
    recommend_10  BIGINT      NOT NULL DEFAULT 0,
    effort_1      BIGINT      NOT NULL DEFAULT 0,
    effort_2      BIGINT      NOT NULL DEFAULT 0,
    effort_3      BIGINT      NOT NULL DEFAULT 0,
    effort_4      BIGINT      NOT NULL DEFAULT 0,
    effort_5      BIGINT      NOT NULL DEFAULT 0,
    effort_6      BIGINT      NOT NULL DEFAULT 0,
    effort_7      BIGINT      NOT NULL DEFAULT 0,
    speed_1       BIGINT      NOT NULL DEFAULT 0,
    speed_2       BIGINT      NOT NULL DEFAULT 0,
    speed_3       BIGINT      NOT NULL DEFAULT 0,
    speed_4       BIGINT      NOT NULL DEFAULT 0,
    speed_5       BIGINT      NOT NULL DEFAULT 0,
    courtesy_1    BIGINT      NOT NULL DEFAULT 0,
    courtesy_2    BIGINT      NOT NULL DEFAULT 0,
    courtesy_3    BIGINT      NOT NULL DEFAULT 0,
    courtesy_4    BIGINT      NOT NULL DEFAULT 0,
    courtesy_5    BIGINT      NOT NULL DEFAULT 0,
    clarity_1     BIGINT      NOT NULL DEFAULT 0,
    clarity_2     BIGINT      NOT NULL DEFAULT 0,
    clarity_3     BIGINT      NOT NULL DEFAULT 0,
    clarity_4     BIGINT      NOT NULL DEFAULT 0,
    clarity_5     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (breakdown, on_day, group_key)
);

-- Whether the summaries hold what the raw rows say, and for which time zone their days were cut.
CREATE TABLE sat_figures_state (
    id        INT         NOT NULL PRIMARY KEY,
    zone      VARCHAR(64),
    built_at  DATETIME(6)
);
INSERT INTO sat_figures_state (id, zone, built_at) VALUES (1, NULL, NULL);

-- Each day's row of a measure and key is split over a few slots (issue #19, the campaign spike): concurrent events add
-- to different rows instead of queueing for the one row of today, and the figures sum the slots like the days. The
-- summaries are rebuilt from the facts at the next start.
DROP TABLE rep_daily_figures;
CREATE TABLE rep_daily_figures (
    on_day     DATE        NOT NULL,
    measure    VARCHAR(16) NOT NULL,
    group_key  VARCHAR(80) NOT NULL,
    slot       SMALLINT    NOT NULL DEFAULT 0,
    n          BIGINT      NOT NULL,
    PRIMARY KEY (measure, on_day, group_key, slot)
);
UPDATE rep_figures_state SET built_at = NULL;

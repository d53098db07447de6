-- The hours page's twelve months of approved hours (issue #19): each month read from its own index entries, instead
-- of every approved entry of all history filtered by the day worked (69,311 rows examined per month at 70,000 entries).
CREATE INDEX vol_hours_worked ON vol_hours (status, worked_on, hours);

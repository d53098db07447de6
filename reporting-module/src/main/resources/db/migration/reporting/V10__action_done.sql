-- An improvement action is marked done (issue #23): who and when. The board report shows each action's status and
-- follows up the previous quarter's.
ALTER TABLE rep_action ADD done_at DATETIME(6);
ALTER TABLE rep_action ADD done_by VARCHAR(64);

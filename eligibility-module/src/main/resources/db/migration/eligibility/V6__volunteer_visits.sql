-- A home visit offered to approved volunteers (issue #26): assigned_to is 'volunteer:' while nobody has taken the
-- field-visit opportunity, 'volunteer:<id>' once a volunteer holds its place (no staff username has a colon). The
-- opportunity lives in the volunteering module; its id is copied, no foreign key.
ALTER TABLE elg_visit ADD COLUMN opportunity_id BIGINT;
CREATE INDEX elg_visit_opportunity ON elg_visit (opportunity_id);

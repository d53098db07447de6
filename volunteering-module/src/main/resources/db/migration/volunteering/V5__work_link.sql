-- An opportunity another module opened for a piece of work a volunteer does on this site (issue #26: a home visit
-- offered to volunteers), with the page the volunteer who took the place opens for it. Volunteering knows nothing more
-- of the work: the page decides who may open it.
ALTER TABLE vol_opportunity ADD COLUMN work_link VARCHAR(200);

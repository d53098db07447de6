-- Why the executive decided against the file's eligibility (issue #26) or a possible duplicate (issue #24): kept with
-- the decision for the request page and the board report; never sent to the applicant.
ALTER TABLE req_request ADD COLUMN rules_override VARCHAR(500);

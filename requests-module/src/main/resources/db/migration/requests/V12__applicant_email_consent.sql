-- The website form (issue #18) takes an optional e-mail address for notices and records the applicant's consent
-- to the processing the privacy notice describes.
ALTER TABLE req_request ADD COLUMN applicant_email VARCHAR(200) NULL;
ALTER TABLE req_request ADD COLUMN consented_at TIMESTAMP NULL;

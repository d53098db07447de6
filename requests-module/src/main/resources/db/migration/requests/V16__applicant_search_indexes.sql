-- The request list's search (issue #21) finds a caller without a file by their mobile, or by the start of the name
-- they gave: two indexes keep both a range read at a million requests.
CREATE INDEX req_request_applicant_name_ix ON req_request (applicant_name);
CREATE INDEX req_request_applicant_mobile_ix ON req_request (applicant_mobile);

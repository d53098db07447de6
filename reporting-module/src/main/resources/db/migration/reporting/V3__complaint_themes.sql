-- The theme a complaint was resolved under and whether it was upheld (RequestAnswered), for the board report.
ALTER TABLE rep_request_fact ADD COLUMN complaint_theme VARCHAR(40);
ALTER TABLE rep_request_fact ADD COLUMN complaint_upheld BOOLEAN;

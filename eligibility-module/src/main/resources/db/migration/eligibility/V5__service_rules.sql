-- Rules per service (issue #26): a rule set is for a category (or every category), or for a service of the catalogue.
-- A service's criteria are asked of a support request for that service on top of the file's own: they never replace
-- a category's rules and never set a file's period. The service code is copied; no foreign key into requests.
ALTER TABLE elg_rule_set ADD COLUMN service_code VARCHAR(40);
CREATE INDEX elg_rule_set_service ON elg_rule_set (service_code, effective_from);

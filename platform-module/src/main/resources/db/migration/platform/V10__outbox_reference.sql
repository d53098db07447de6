-- The messages about a person's requests, found by their tracking numbers for the file's contacts tab (issue #21).
CREATE INDEX plt_outbox_reference_ix ON plt_outbox (reference, created_at);

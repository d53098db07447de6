-- Every dashboard counts this month's requests per channel (issue #19): by this index alone, the month's entries
-- in order, never the rows themselves.
CREATE INDEX req_request_received_channel_ix ON req_request (created_at, channel);

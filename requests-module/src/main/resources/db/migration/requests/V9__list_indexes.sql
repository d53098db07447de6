-- The request list filters by status and channel, newest first (benchmark at 1,000,000 requests, BENCHMARKS.md).
CREATE INDEX req_request_status_channel_ix ON req_request (status, channel, id);
CREATE INDEX req_request_channel_ix ON req_request (channel, id);

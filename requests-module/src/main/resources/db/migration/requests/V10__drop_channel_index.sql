-- With both (channel, id) and (status, channel, id), MariaDB merged the two indexes and sorted 170,000 rows for a
-- page of the list filtered by status and channel; (status, channel, id) alone reads the page in order.
DROP INDEX req_request_channel_ix ON req_request;

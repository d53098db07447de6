-- Events another module observes after the change that fired them is committed (@Committed): one row per event
-- and observing module, written in the firing transaction, removed when the observer has handled it in its own
-- transaction; kept and retried while it fails, so a failure downstream neither rolls back the change nor loses
-- the event. The lease lets one server at a time deliver a subscriber's rows, in the order they were recorded.
CREATE TABLE plt_event_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subscriber      VARCHAR(200)  NOT NULL,
    event_type      VARCHAR(200)  NOT NULL,
    payload         VARCHAR(8000) NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(500)
);
CREATE INDEX plt_event_delivery_order_ix ON plt_event_delivery (subscriber, id);
CREATE INDEX plt_event_delivery_due_ix ON plt_event_delivery (next_attempt_at);

CREATE TABLE plt_event_lease (
    subscriber  VARCHAR(200) PRIMARY KEY,
    owner       VARCHAR(64)  NOT NULL,
    held_until  DATETIME(6)  NOT NULL
);

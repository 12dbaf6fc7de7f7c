-- Every WorkOS event Portico has received (by webhook) or read (from the Events API),
-- once each: WorkOS retries a delivery for days and in no order, so its id is the key.
-- Stored before it is acted on, so an event answered with 2xx is never lost.
CREATE TABLE workos_events (
    id                     TEXT PRIMARY KEY,
    event                  TEXT NOT NULL,
    workos_organization_id TEXT,
    -- The event's `data`, as JSON.
    data                   TEXT NOT NULL,
    -- WorkOS's time for the event (ISO 8601, milliseconds, Z).
    created_at             TEXT NOT NULL,
    received_at            TEXT NOT NULL,
    -- `webhook` or `poll`.
    source                 TEXT NOT NULL CHECK (source IN ('webhook', 'poll')),
    -- When its change was applied; NULL while it waits.
    processed_at           TEXT
);
CREATE INDEX workos_events_by_organization ON workos_events (workos_organization_id, created_at);
CREATE INDEX workos_events_waiting ON workos_events (processed_at, received_at);

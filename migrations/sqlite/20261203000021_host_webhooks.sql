-- What changed in an organization's areas, as the status mirror saw it: written with the
-- mirror's change, then turned into webhook deliveries to the host (`host_webhooks`) by
-- whichever instance claims it first.
CREATE TABLE area_changes (
    id                     INTEGER PRIMARY KEY,
    workos_organization_id TEXT NOT NULL,
    area                   TEXT NOT NULL,
    from_setup             TEXT,
    to_setup               TEXT,
    summary                TEXT NOT NULL,
    changed_at             TEXT NOT NULL,
    dispatched_at          TEXT
);
CREATE INDEX area_changes_waiting ON area_changes (id) WHERE dispatched_at IS NULL;
-- Where the host wants to be told, each with its own signing secret.
CREATE TABLE webhook_endpoints (
    id         INTEGER PRIMARY KEY,
    url        TEXT NOT NULL,
    secret     TEXT NOT NULL,
    events     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
-- One event for one endpoint: tried with back-off for a day, its last answer kept.
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    endpoint_id     BIGINT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT NOT NULL DEFAULT 0,
    delivered_at    TEXT,
    gave_up_at      TEXT,
    last_status     BIGINT,
    last_error      TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
    WHERE delivered_at IS NULL AND gave_up_at IS NULL;

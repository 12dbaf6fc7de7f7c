-- Work that only one instance may do at a time (the Events API poller): the holder
-- keeps renewing its lease; another instance takes it over once it has expired.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    -- Unix milliseconds.
    expires_at BIGINT NOT NULL
);
-- Where a reader of WorkOS's Events API resumes: the last event it has stored.
CREATE TABLE event_cursors (
    name       TEXT PRIMARY KEY,
    after_id   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Each organization's status as last read from WorkOS in full, kept current by WorkOS's
-- events: the settings page reads it before asking WorkOS.
CREATE TABLE status_mirror (
    workos_organization_id TEXT PRIMARY KEY,
    -- The areas' objects, as JSON.
    snapshot               TEXT NOT NULL,
    -- When WorkOS was last read in full for it.
    read_at                TEXT NOT NULL,
    -- Bumped at each change: an event's change is written only over the version it read.
    version                BIGINT NOT NULL
);

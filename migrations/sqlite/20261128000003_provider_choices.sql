-- The identity provider or directory an organization's admins picked for an area: shown
-- on its card with what to have ready, and passed to the Admin Portal.
CREATE TABLE provider_choices (
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    intent          TEXT NOT NULL CHECK (intent IN ('sso', 'dsync')),
    provider_type   TEXT NOT NULL,
    chosen_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    chosen_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (organization_id, intent)
);

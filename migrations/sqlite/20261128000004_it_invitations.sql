-- Setup invitations sent to an organization's IT contacts through WorkOS. WorkOS has no
-- read for them, so Portico keeps what it sent: the cards say who was invited for what
-- and when. An organization has one current invitation (ended_at NULL); a new one ends
-- the previous, as WorkOS does.
CREATE TABLE it_invitations (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    contact_id      TEXT NOT NULL,
    email           TEXT NOT NULL,
    -- Portico intent names, comma-separated, e.g. 'sso,dsync'.
    intents         TEXT NOT NULL,
    invited_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    invited_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ended_at        TEXT
);
CREATE INDEX it_invitations_current ON it_invitations (organization_id) WHERE ended_at IS NULL;

-- Audit rows outlive the users and organizations they name: each row copies the actor's
-- email and the organization's names, and deleting either only clears the id. Each row
-- also says how the attempt ended (outcome) and which WorkOS requests it made, and
-- actions name what was attempted (the outcome says whether it happened).
CREATE TABLE audit_events_v2 (
    id                     INTEGER PRIMARY KEY,
    occurred_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor_user_id          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    actor_email            TEXT,
    organization_id        INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    organization_name      TEXT,
    workos_organization_id TEXT,
    action                 TEXT NOT NULL,
    outcome                TEXT NOT NULL DEFAULT 'succeeded'
                           CHECK (outcome IN ('succeeded', 'refused', 'failed')),
    detail                 TEXT NOT NULL DEFAULT '',
    client_ip              TEXT,
    user_agent             TEXT,
    request_id             TEXT,
    workos_request_id      TEXT
);

INSERT INTO audit_events_v2 (id, occurred_at, actor_user_id, actor_email, organization_id,
    organization_name, workos_organization_id, action, outcome, detail, client_ip,
    user_agent, request_id)
SELECT e.id, e.occurred_at, e.actor_user_id, u.email, e.organization_id, o.name,
    o.workos_organization_id,
    CASE e.action
        WHEN 'user.signed_in' THEN 'user.sign_in'
        WHEN 'user.sign_in_failed' THEN 'user.sign_in'
        WHEN 'portal_link.created' THEN 'portal_link.create'
        WHEN 'portal_link.failed' THEN 'portal_link.create'
        WHEN 'provider.chosen' THEN 'provider.choose'
        WHEN 'organization.switched' THEN 'organization.switch'
        WHEN 'domain.added' THEN 'domain.add'
        WHEN 'domain.verification' THEN 'domain.verify'
        WHEN 'domain.removed' THEN 'domain.remove'
        WHEN 'it_contact.added' THEN 'it_contact.add'
        WHEN 'it_contact.invited' THEN 'it_contact.invite'
        WHEN 'it_contact.revoked' THEN 'it_contact.revoke'
        ELSE e.action
    END,
    CASE e.action
        WHEN 'user.sign_in_failed' THEN 'refused'
        WHEN 'portal_link.failed' THEN 'failed'
        ELSE 'succeeded'
    END,
    e.detail, e.client_ip, e.user_agent, e.request_id
FROM audit_events e
LEFT JOIN users u ON u.id = e.actor_user_id
LEFT JOIN organizations o ON o.id = e.organization_id;

DROP TABLE audit_events;
ALTER TABLE audit_events_v2 RENAME TO audit_events;

-- An organization's trail, newest first (the activity list, exports, purges by age).
CREATE INDEX audit_events_by_org ON audit_events (organization_id, occurred_at);
-- "When was each area last opened?" is one index seek per area.
CREATE INDEX audit_events_latest ON audit_events (organization_id, action, outcome, detail, occurred_at);
-- The daily purge finds old rows without reading the whole trail.
CREATE INDEX audit_events_by_time ON audit_events (occurred_at);

-- "When was each area last opened?" is one index seek per area, however long the trail.
CREATE INDEX audit_events_latest ON audit_events (organization_id, action, detail, occurred_at);

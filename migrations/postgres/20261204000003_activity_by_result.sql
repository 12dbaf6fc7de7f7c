-- Recent activity narrowed to one result ("refused") walks only the rows with it, newest
-- first, instead of the whole trail looking for them.
CREATE INDEX audit_events_by_outcome ON audit_events (organization_id, outcome, occurred_at);

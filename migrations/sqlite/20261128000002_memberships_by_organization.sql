-- "Who administers this organization?" on every settings view: a seek, not a scan of
-- every membership.
CREATE INDEX memberships_by_organization ON memberships (organization_id, role);

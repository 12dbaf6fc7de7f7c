-- Each mirrored organization's health, as the staff console lists and filters it: every
-- area's setup (its `Intent` name; NULL when WorkOS gives no read of it), how many areas
-- need attention and since when, the soonest expiring SAML certificate not yet renewed,
-- and the organization's domains (for search). Written with the snapshot it comes from.
ALTER TABLE status_mirror ADD COLUMN sso TEXT;
ALTER TABLE status_mirror ADD COLUMN dsync TEXT;
ALTER TABLE status_mirror ADD COLUMN domain_verification TEXT;
ALTER TABLE status_mirror ADD COLUMN audit_logs TEXT;
ALTER TABLE status_mirror ADD COLUMN log_streams TEXT;
ALTER TABLE status_mirror ADD COLUMN certificate_renewal TEXT;
ALTER TABLE status_mirror ADD COLUMN bring_your_own_key TEXT;
ALTER TABLE status_mirror ADD COLUMN attention BIGINT NOT NULL DEFAULT 0;
ALTER TABLE status_mirror ADD COLUMN attention_since TEXT;
ALTER TABLE status_mirror ADD COLUMN certificate_expires TEXT;
ALTER TABLE status_mirror ADD COLUMN domains TEXT NOT NULL DEFAULT '';
CREATE INDEX organizations_by_name ON organizations (lower(name), id);

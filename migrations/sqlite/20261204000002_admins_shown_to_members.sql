-- Whether an organization's members see its admins' emails on the settings page, to
-- know whom to ask (off: they read "an admin of Acme").
ALTER TABLE organizations ADD COLUMN admins_shown_to_members BIGINT NOT NULL DEFAULT 0;

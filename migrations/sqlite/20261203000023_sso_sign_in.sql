-- Require SSO: the organization's members sign in through its SSO connection only,
-- except its break-glass admins, who keep their password (1 = yes).
ALTER TABLE organizations ADD COLUMN require_sso BIGINT NOT NULL DEFAULT 0;
ALTER TABLE memberships ADD COLUMN break_glass BIGINT NOT NULL DEFAULT 0;

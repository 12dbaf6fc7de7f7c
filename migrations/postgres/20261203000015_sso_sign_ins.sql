-- SSO sign-ins per organization, day and outcome, from WorkOS's authentication events:
-- what the SSO health panel reads (a few rows per view, however many sign-ins).
-- `code` is '' for sign-ins that succeeded, else the failure's error code.
CREATE TABLE sso_sign_ins (
    workos_organization_id TEXT NOT NULL,
    day                    TEXT NOT NULL,
    code                   TEXT NOT NULL,
    count                  BIGINT NOT NULL,
    -- The newest of them: when (WorkOS's time) and for whom.
    last_at                TEXT NOT NULL,
    last_email             TEXT,
    PRIMARY KEY (workos_organization_id, day, code)
);
-- Each event is counted once.
CREATE TABLE sso_sign_in_events (
    id TEXT PRIMARY KEY
);

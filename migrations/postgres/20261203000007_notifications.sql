-- Emails sent to an organization's admins about a condition that needs attention: one row
-- per organization, condition and UTC day, claimed before the email goes, so that every
-- instance together sends at most one a day.
CREATE TABLE notifications (
    workos_organization_id TEXT NOT NULL,
    condition              TEXT NOT NULL,
    day                    TEXT NOT NULL,
    sent_at                BIGINT NOT NULL,
    PRIMARY KEY (workos_organization_id, condition, day)
);

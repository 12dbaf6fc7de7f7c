-- Emails sent to an organization's admins about a condition that needs attention: one row
-- per organization, condition and UTC day, claimed before the email goes, so that at most
-- one goes a day.
CREATE TABLE notifications (
    workos_organization_id TEXT NOT NULL,
    condition              TEXT NOT NULL,
    day                    TEXT NOT NULL,
    sent_at                INTEGER NOT NULL,
    PRIMARY KEY (workos_organization_id, condition, day)
);

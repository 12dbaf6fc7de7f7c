-- The areas an organization's plan includes, as intent names separated by commas; NULL:
-- all of them. Set from an embed token's `features`, or `portico org set-features`.
ALTER TABLE organizations ADD COLUMN features TEXT;

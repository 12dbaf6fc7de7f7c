-- The language a person chose for Portico's pages and emails, and the one an
-- organization's people get when neither they nor their browser chose one.
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE organizations ADD COLUMN default_language TEXT;

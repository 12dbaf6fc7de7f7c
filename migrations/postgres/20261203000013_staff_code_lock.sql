-- Wrong second-factor codes in a row per staff account, and until when codes are refused
-- after too many (Unix milliseconds): a six-digit code cannot be guessed a few a minute
-- for weeks.
ALTER TABLE staff ADD COLUMN failed_codes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN codes_locked_until BIGINT NOT NULL DEFAULT 0;

-- The last code step a staff member used (a step is accepted once), and their recovery
-- codes, kept only as hashes, each usable once.
ALTER TABLE staff ADD COLUMN totp_last_step BIGINT;
CREATE TABLE staff_recovery_codes (
    staff_id  BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TEXT,
    PRIMARY KEY (staff_id, code_hash)
);

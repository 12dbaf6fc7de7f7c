-- The host company's staff: separate from customer accounts (their sessions never work
-- on customer pages, nor customers' on the console). A second factor (TOTP) is enrolled
-- at the first sign-in; until then the secret is empty.
CREATE TABLE staff (
    id                INTEGER PRIMARY KEY,
    email             TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash     TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('support', 'owner')),
    totp_secret       TEXT NOT NULL DEFAULT '',
    totp_confirmed_at TEXT,
    session_epoch     TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
